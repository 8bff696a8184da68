import { isPlaceholder } from "../../shared/placeholder.js";
import { list, type Rule } from "../rule.js";

export const rule: Rule = {
  code: "EA008",
  scope: "catalog",
  name: "related-exists",
  description: "Every `related` id names another existing entry.",
  check({ entries, ids, redirects, report }) {
    for (const entry of entries) {
      list<unknown>((entry.source.data as Record<string, unknown>).related).forEach((id, index) => {
        if (typeof id !== "string" || isPlaceholder(id)) return;
        if (id === entry.id) {
          report(entry.source, ["related", index], "an entry cannot be related to itself", {
            hint: "remove this line",
          });
        } else if (!ids.has(id)) {
          const renamed = redirects.redirects[id];
          report(
            entry.source,
            ["related", index],
            renamed ? `related entry \`${id}\` was renamed` : `related entry \`${id}\` does not exist`,
            {
              hint: renamed ? `use its current id, \`${renamed}\`` : "check the id against the files in entries/",
            },
          );
        }
      });
    }
  },
};
