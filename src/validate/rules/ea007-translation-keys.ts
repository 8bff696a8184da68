import { list, record, type Rule } from "../rule.js";

export const rule: Rule = {
  code: "EA007",
  name: "translation-keys",
  description: "Every workaround and dead end a translation names exists in the English entry.",
  check({ entries, report }) {
    for (const entry of entries) {
      const data = entry.source.data as Record<string, unknown>;
      for (const [lang, translation] of Object.entries(entry.translations)) {
        const tdata = record(translation.data);
        for (const field of ["workarounds", "dead_ends"] as const) {
          const known = new Set(list(data[field]).map((item) => item?.id));
          for (const key of Object.keys(record(tdata[field]))) {
            if (!known.has(key)) {
              report(translation, [field, key], `${lang} translation names ${field === "workarounds" ? "workaround" : "dead end"} \`${key}\`, which ${entry.source.file} does not have`, {
                key: true,
                hint: known.size ? `known ids: ${[...known].join(", ")}` : "remove it",
              });
            }
          }
        }
      }
    }
  },
};
