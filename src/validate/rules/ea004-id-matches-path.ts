import { defineRule } from "../rule.js";

export const rule = defineRule({
  code: "EA004",
  name: "id-matches-path",
  description: "An entry's `id` equals its path under entries/ without `.md`.",
  messages: {
    "id-mismatch": {
      text: "id `{{id}}` does not match the file's path `{{path}}`",
      hint: "set `id: {{path}}`, or move the file to entries/{{id}}.md (renaming a published entry needs a redirect)",
    },
  },
  check({ entries, report }) {
    for (const entry of entries) {
      const { id } = entry.source.data as { id?: unknown };
      if (typeof id === "string" && id !== entry.id) {
        report(entry.source, ["id"], "id-mismatch", { data: { id, path: entry.id } });
      }
    }
  },
});
