import type { SourceDocument } from "../../load/index.js";
import type { Rule } from "../rule.js";

export const rule: Rule = {
  code: "EA005",
  scope: "catalog",
  name: "unique-id",
  description: "No two entry files declare the same `id`.",
  check({ entries, report }) {
    const first = new Map<string, SourceDocument>();
    for (const entry of entries) {
      const { id } = entry.source.data as { id?: unknown };
      if (typeof id !== "string") continue;
      const earlier = first.get(id);
      if (earlier) {
        report(entry.source, ["id"], `id \`${id}\` is already used by ${earlier.file}`, {
          hint: "give each entry its own id",
        });
      } else first.set(id, entry.source);
    }
  },
};
