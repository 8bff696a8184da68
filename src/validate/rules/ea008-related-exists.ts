import { isPlaceholder } from "../../shared/placeholder.js";
import { defineRule, list } from "../rule.js";

export const rule = defineRule({
  code: "EA008",
  scope: "catalog",
  name: "related-exists",
  description: "Every `related` id names another existing entry.",
  messages: {
    "self-related": { text: "an entry cannot be related to itself", hint: "remove this line" },
    "related-renamed": { text: "related entry `{{id}}` was renamed", hint: "use its current id, `{{renamed}}`" },
    "related-missing": {
      text: "related entry `{{id}}` does not exist",
      hint: "check the id against the files in entries/",
    },
  },
  check({ entries, ids, redirects, report }) {
    for (const entry of entries) {
      list<unknown>((entry.source.data as Record<string, unknown>).related).forEach((id, index) => {
        if (typeof id !== "string" || isPlaceholder(id)) return;
        if (id === entry.id) {
          report(entry.source, ["related", index], "self-related");
        } else if (!ids.has(id)) {
          const renamed = redirects.redirects[id];
          if (renamed) report(entry.source, ["related", index], "related-renamed", { data: { id, renamed } });
          else report(entry.source, ["related", index], "related-missing", { data: { id } });
        }
      });
    }
  },
});
