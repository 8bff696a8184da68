import type { Rule } from "../rule.js";

export const rule: Rule = {
  code: "EA004",
  name: "id-matches-path",
  description: "An entry's `id` equals its path under entries/ without `.md`.",
  check({ entries, report }) {
    for (const entry of entries) {
      const { id } = entry.source.data as { id?: unknown };
      if (typeof id === "string" && id !== entry.id) {
        report(entry.source, ["id"], `id \`${id}\` does not match the file's path \`${entry.id}\``, {
          hint: `set \`id: ${entry.id}\`, or move the file to entries/${id}.md (renaming a published entry needs a redirect)`,
        });
      }
    }
  },
};
