import type { SourceDocument } from "../../load/index.js";
import { defineRule } from "../rule.js";

export const rule = defineRule({
  code: "EA005",
  scope: "catalog",
  name: "unique-id",
  description: "No two entry files declare the same `id`.",
  messages: {
    "duplicate-id": { text: "id `{{id}}` is already used by {{file}}", hint: "give each entry its own id" },
  },
  check({ entries, report }) {
    const first = new Map<string, SourceDocument>();
    for (const entry of entries) {
      const { id } = entry.source.data as { id?: unknown };
      if (typeof id !== "string") continue;
      const earlier = first.get(id);
      if (earlier) report(entry.source, ["id"], "duplicate-id", { data: { id, file: earlier.file } });
      else first.set(id, entry.source);
    }
  },
});
