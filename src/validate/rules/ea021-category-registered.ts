import { CATEGORIES_FILE } from "../../load/vocabulary.js";
import { translationLanguages } from "../../node/settings.js";
import { placeholderPaths } from "../../shared/placeholder.js";
import type { Rule } from "../rule.js";
import { record } from "../rule.js";
import { getSchemas, schemaErrors } from "../schema.js";
import { didYouMean } from "../suggest.js";

export const rule: Rule = {
  code: "EA021",
  scope: "catalog",
  name: "category-registered",
  description:
    "Every category folder is registered in `entries/categories.yaml`, with a label and a description in every language.",
  check({ entries, vocabulary, report, missingEntry }) {
    const registry = vocabulary.categories;
    const known = Object.keys(registry.data);
    if (registry.document) {
      for (const e of schemaErrors(registry.document.data, getSchemas().categories)) {
        report(registry.document, e.path, e.message, { key: e.key, ...(e.hint && { hint: e.hint }) });
      }
      for (const path of placeholderPaths(registry.data)) {
        report(registry.document, path, "a category field still holds the placeholder of `npm run new`", {
          hint: "write the label or description",
        });
      }
      for (const [id, value] of Object.entries(registry.data)) {
        const { label, description } = record(value) as { label?: unknown; description?: unknown };
        for (const lang of translationLanguages) {
          if (!(lang in record(label))) {
            report(registry.document, [id, "label"], `category \`${id}\` has no ${lang} label`, {
              key: true,
              hint: `add \`${lang}: …\` to its label`,
            });
          }
          if (!(lang in record(description))) {
            report(registry.document, [id, "description"], `category \`${id}\` has no ${lang} description`, {
              key: true,
              hint: `add \`${lang}: …\` to its description`,
            });
          }
        }
      }
    }
    const seen = new Set<string>();
    for (const entry of entries) {
      if (known.includes(entry.category)) continue;
      const suggestion = didYouMean(entry.category, known);
      const hint = `${suggestion ? `${suggestion} If not, ` : ""}add \`${entry.category}:\` with its labels and description to entries/${CATEGORIES_FILE}`;
      if (seen.has(entry.category)) continue;
      seen.add(entry.category);
      if (!registry.document) {
        missingEntry(
          entry.id,
          `category \`${entry.category}\` is not registered: entries/${CATEGORIES_FILE} is missing`,
          hint,
        );
      } else {
        report(entry.source, ["id"], `category \`${entry.category}\` is not registered in entries/${CATEGORIES_FILE}`, {
          hint,
        });
      }
    }
  },
};
