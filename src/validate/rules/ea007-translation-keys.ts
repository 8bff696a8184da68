import { list, record, type Rule } from "../rule.js";

export const rule: Rule = {
  code: "EA007",
  name: "translation-keys",
  description: "Every workaround, dead end and basis a translation names exists in the English entry.",
  check({ entries, report }) {
    for (const entry of entries) {
      const data = entry.source.data as Record<string, unknown>;
      for (const [lang, translation] of Object.entries(entry.translations)) {
        const tdata = record(translation.data);
        for (const field of ["workarounds", "dead_ends", "basis"] as const) {
          const items = field === "basis" ? [...list(data.workarounds), ...list(data.dead_ends)] : list(data[field]);
          const known = new Set(items.map((item) => item?.id));
          for (const key of Object.keys(record(tdata[field]))) {
            if (!known.has(key)) {
              report(
                translation,
                [field, key],
                `${lang} translation names ${field === "workarounds" ? "workaround" : field === "dead_ends" ? "dead end" : "the basis of item"} \`${key}\`, which ${entry.source.file} does not have`,
                {
                  key: true,
                  hint: known.size ? `known ids: ${[...known].join(", ")}` : "remove it",
                },
              );
            }
          }
        }
      }
    }
  },
};
