import type { Rule } from "../rule.js";

export const rule: Rule = {
  code: "EA020",
  scope: "catalog",
  name: "id-permanent",
  description:
    "An id published before (at the pull request's base, `--base <ref>`) still exists or has a line in `entries/redirects.yaml`.",
  check({ ids, redirects, baseIds, missingEntry }) {
    for (const id of baseIds ?? []) {
      if (!ids.has(id) && redirects.redirects[id] === undefined) {
        missingEntry(
          id,
          `entry \`${id}\` was removed or renamed without a redirect`,
          "add `" + id + ": <the entry that replaces it>` to entries/redirects.yaml: ids are permanent",
        );
      }
    }
  },
};
