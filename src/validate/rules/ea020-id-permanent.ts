import { defineRule } from "../rule.js";

export const rule = defineRule({
  code: "EA020",
  scope: "catalog",
  name: "id-permanent",
  description:
    "An id published before (at the pull request's base, `--base <ref>`) still exists or has a line in `entries/redirects.yaml`.",
  messages: {
    "removed-without-redirect": {
      text: "entry `{{id}}` was removed or renamed without a redirect",
      hint: "add `{{id}}: <the entry that replaces it>` to entries/redirects.yaml: ids are permanent",
    },
  },
  check({ ids, redirects, baseIds, missingEntry }) {
    for (const id of baseIds ?? []) {
      if (!ids.has(id) && redirects.redirects[id] === undefined) {
        missingEntry(id, "removed-without-redirect", { id });
      }
    }
  },
});
