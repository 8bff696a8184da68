import { ENTRY_ID } from "../../shared/patterns.js";
import { defineRule } from "../rule.js";

export const rule = defineRule({
  code: "EA019",
  scope: "catalog",
  name: "redirects",
  description: "Each line of `entries/redirects.yaml` maps an id that no longer exists to an existing entry.",
  messages: {
    "not-an-id": {
      text: "`{{from}}` is not an entry id",
      hint: "write `old-category/old-slug: new-category/new-slug`",
    },
    "still-exists": {
      text: "`{{from}}` still exists as an entry, so it cannot redirect",
      hint: "remove this line, or remove the entry",
    },
    "target-missing": {
      text: "redirect target `{{to}}` is not an existing entry",
      hint: "point at the entry that replaces the old one",
    },
    "target-chained": {
      text: "redirect target `{{to}}` is not an existing entry",
      hint: "point straight at {{final}}: redirects do not chain",
    },
  },
  check({ ids, redirects, report }) {
    const document = redirects.document;
    if (!document) return;
    const data = (document.data ?? {}) as Record<string, unknown>;
    for (const [from, to] of Object.entries(data)) {
      if (!ENTRY_ID.test(from)) {
        report(document, [from], "not-an-id", { key: true, data: { from } });
      } else if (ids.has(from)) {
        report(document, [from], "still-exists", { key: true, data: { from } });
      }
      if (typeof to !== "string" || !ids.has(to)) {
        if (typeof to === "string" && data[to] !== undefined) {
          report(document, [from], "target-chained", { data: { to, final: String(data[to]) } });
        } else report(document, [from], "target-missing", { data: { to: String(to) } });
      }
    }
  },
});
