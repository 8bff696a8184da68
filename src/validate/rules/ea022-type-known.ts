import { TYPES_FILE } from "../../load/vocabulary.js";
import { translationLanguages } from "../../node/settings.js";
import { isPlaceholder } from "../../shared/placeholder.js";
import { defineRule, record } from "../rule.js";
import { getSchemas } from "../schema.js";
import { didYouMean } from "../suggest.js";
import { registrySchemaMessage, reportRegistrySchema } from "./registry-schema.js";

export const rule = defineRule({
  code: "EA022",
  scope: "catalog",
  name: "type-known",
  description:
    "Every entry's `type` is a key of `entries/types.yaml`, and every type there has a label in every language.",
  messages: {
    "vocabulary-schema": registrySchemaMessage,
    "missing-label": { text: "type `{{id}}` has no {{lang}} label", hint: "add `{{lang}}: …`" },
    "unknown-type": {
      text: "type `{{type}}` is not in entries/{{file}}",
      hint: "use one of: {{known}} — or add a new type with its labels to entries/{{file}}",
    },
    "unknown-type-misspelt": { text: "type `{{type}}` is not in entries/{{file}}", hint: "{{suggestion}}" },
  },
  check({ entries, vocabulary, report }) {
    const types = vocabulary.types;
    const known = Object.keys(types.data);
    if (types.document) {
      reportRegistrySchema(types.document, getSchemas().types, { report });
      for (const [id, labels] of Object.entries(types.data)) {
        for (const lang of translationLanguages) {
          if (!(lang in record(labels))) {
            report(types.document, [id], "missing-label", { key: true, data: { id, lang } });
          }
        }
      }
    }
    for (const entry of entries) {
      const type = (entry.source.data as Record<string, unknown>).type;
      if (typeof type !== "string" || known.includes(type) || isPlaceholder(type)) continue;
      const suggestion = didYouMean(type, known);
      const data = { type, file: TYPES_FILE };
      if (suggestion) report(entry.source, ["type"], "unknown-type-misspelt", { data: { ...data, suggestion } });
      else report(entry.source, ["type"], "unknown-type", { data: { ...data, known: known.join(", ") } });
    }
  },
});
