import { TYPES_FILE } from "../../load/vocabulary.js";
import { translationLanguages } from "../../node/settings.js";
import { isPlaceholder } from "../../shared/placeholder.js";
import type { Rule } from "../rule.js";
import { record } from "../rule.js";
import { getSchemas, schemaErrors } from "../schema.js";
import { didYouMean } from "../suggest.js";

export const rule: Rule = {
  code: "EA022",
  scope: "catalog",
  name: "type-known",
  description:
    "Every entry's `type` is a key of `entries/types.yaml`, and every type there has a label in every language.",
  check({ entries, vocabulary, report }) {
    const types = vocabulary.types;
    const known = Object.keys(types.data);
    if (types.document) {
      for (const e of schemaErrors(types.document.data, getSchemas().types)) {
        report(types.document, e.path, e.message, { key: e.key, ...(e.hint && { hint: e.hint }) });
      }
      for (const [id, labels] of Object.entries(types.data)) {
        for (const lang of translationLanguages) {
          if (!(lang in record(labels))) {
            report(types.document, [id], `type \`${id}\` has no ${lang} label`, {
              key: true,
              hint: `add \`${lang}: …\``,
            });
          }
        }
      }
    }
    for (const entry of entries) {
      const type = (entry.source.data as Record<string, unknown>).type;
      if (typeof type !== "string" || known.includes(type) || isPlaceholder(type)) continue;
      const suggestion = didYouMean(type, known);
      report(entry.source, ["type"], `type \`${type}\` is not in entries/${TYPES_FILE}`, {
        hint:
          suggestion ?? `use one of: ${known.join(", ")} — or add a new type with its labels to entries/${TYPES_FILE}`,
      });
    }
  },
};
