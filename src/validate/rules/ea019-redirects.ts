import { ENTRY_ID } from "../../shared/patterns.js";
import type { Rule } from "../rule.js";

export const rule: Rule = {
  code: "EA019",
  scope: "catalog",
  name: "redirects",
  description: "Each line of `entries/redirects.yaml` maps an id that no longer exists to an existing entry.",
  check({ ids, redirects, report }) {
    const document = redirects.document;
    if (!document) return;
    const data = (document.data ?? {}) as Record<string, unknown>;
    for (const [from, to] of Object.entries(data)) {
      if (!ENTRY_ID.test(from)) {
        report(document, [from], `\`${from}\` is not an entry id`, {
          key: true,
          hint: "write `old-category/old-slug: new-category/new-slug`",
        });
      } else if (ids.has(from)) {
        report(document, [from], `\`${from}\` still exists as an entry, so it cannot redirect`, {
          key: true,
          hint: "remove this line, or remove the entry",
        });
      }
      if (typeof to !== "string" || !ids.has(to)) {
        report(document, [from], `redirect target \`${String(to)}\` is not an existing entry`, {
          hint:
            typeof to === "string" && data[to] !== undefined
              ? `point straight at ${String(data[to])}: redirects do not chain`
              : "point at the entry that replaces the old one",
        });
      }
    }
  },
};
