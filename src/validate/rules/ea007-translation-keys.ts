import { defineRule, list, record } from "../rule.js";

const WHAT = { workarounds: "workaround", dead_ends: "dead end", basis: "the basis of item" } as const;

export const rule = defineRule({
  code: "EA007",
  name: "translation-keys",
  description: "Every workaround, dead end and basis a translation names exists in the English entry.",
  messages: {
    "unknown-item": {
      text: "{{lang}} translation names {{what}} `{{key}}`, which {{file}} does not have",
      hint: "known ids: {{known}}",
    },
    // The English entry has no items at all, so there is no id to suggest.
    "unknown-item-none-known": {
      text: "{{lang}} translation names {{what}} `{{key}}`, which {{file}} does not have",
      hint: "remove it",
    },
  },
  check({ entries, report }) {
    for (const entry of entries) {
      const data = entry.source.data as Record<string, unknown>;
      for (const [lang, translation] of Object.entries(entry.translations)) {
        const tdata = record(translation.data);
        for (const field of ["workarounds", "dead_ends", "basis"] as const) {
          const items = field === "basis" ? [...list(data.workarounds), ...list(data.dead_ends)] : list(data[field]);
          const known = new Set(items.map((item) => item?.id));
          for (const key of Object.keys(record(tdata[field]))) {
            if (known.has(key)) continue;
            const about = { lang, what: WHAT[field], key, file: entry.source.file };
            if (known.size) {
              report(translation, [field, key], "unknown-item", {
                key: true,
                data: { ...about, known: [...known].join(", ") },
              });
            } else report(translation, [field, key], "unknown-item-none-known", { key: true, data: about });
          }
        }
      }
    }
  },
});
