import { CATEGORIES_FILE } from "../../load/vocabulary.js";
import { translationLanguages } from "../../node/settings.js";
import { placeholderPaths } from "../../shared/placeholder.js";
import { defineRule, record } from "../rule.js";
import { getSchemas } from "../schema.js";
import { didYouMean } from "../suggest.js";
import { registrySchemaMessage, reportRegistrySchema } from "./registry-schema.js";

export const rule = defineRule({
  code: "EA021",
  scope: "catalog",
  name: "category-registered",
  description:
    "Every category folder is registered in `entries/categories.yaml`, with a label and a description in every language.",
  messages: {
    "vocabulary-schema": registrySchemaMessage,
    placeholder: {
      text: "a category field still holds the placeholder of `npm run new`",
      hint: "write the label or description",
    },
    "missing-label": { text: "category `{{id}}` has no {{lang}} label", hint: "add `{{lang}}: …` to its label" },
    "missing-description": {
      text: "category `{{id}}` has no {{lang}} description",
      hint: "add `{{lang}}: …` to its description",
    },
    unregistered: {
      text: "category `{{category}}` is not registered in entries/{{file}}",
      hint: "add `{{category}}:` with its labels and description to entries/{{file}}",
    },
    "unregistered-misspelt": {
      text: "category `{{category}}` is not registered in entries/{{file}}",
      hint: "{{suggestion}} If not, add `{{category}}:` with its labels and description to entries/{{file}}",
    },
    // Without the file (absent, or not YAML) there is no known category to suggest.
    "registry-missing": {
      text: "category `{{category}}` is not registered: entries/{{file}} is missing or could not be read",
      hint: "fix entries/{{file}} (its own error, if any, is reported at its line), then make sure it has `{{category}}:` with its labels and description",
    },
  },
  check({ entries, vocabulary, report, missingEntry }) {
    const registry = vocabulary.categories;
    const known = Object.keys(registry.data);
    if (registry.document) {
      reportRegistrySchema(registry.document, getSchemas().categories, { report });
      for (const path of placeholderPaths(registry.data)) report(registry.document, path, "placeholder");
      for (const [id, value] of Object.entries(registry.data)) {
        const { label, description } = record(value) as { label?: unknown; description?: unknown };
        for (const lang of translationLanguages) {
          if (!(lang in record(label))) {
            report(registry.document, [id, "label"], "missing-label", { key: true, data: { id, lang } });
          }
          if (!(lang in record(description))) {
            report(registry.document, [id, "description"], "missing-description", { key: true, data: { id, lang } });
          }
        }
      }
    }
    const seen = new Set<string>();
    for (const entry of entries) {
      if (known.includes(entry.category) || seen.has(entry.category)) continue;
      seen.add(entry.category);
      const data = { category: entry.category, file: CATEGORIES_FILE };
      const suggestion = didYouMean(entry.category, known);
      if (!registry.document) missingEntry(entry.id, "registry-missing", data);
      else if (suggestion) report(entry.source, ["id"], "unregistered-misspelt", { data: { ...data, suggestion } });
      else report(entry.source, ["id"], "unregistered", { data });
    }
  },
});
