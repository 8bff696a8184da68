import { defineRule, list, record } from "../rule.js";

/** Fewer would leave a reader at a dead end of the catalog itself. */
export const MIN_RELATED = 2;

export const rule = defineRule({
  code: "EA024",
  name: "related-minimum",
  description: `Every entry lists at least ${MIN_RELATED} related entries (the same symptom in another product counts).`,
  messages: {
    "too-few-related": {
      text: "lists {{count}} related {{noun}}; at least {{min}} are needed",
      hint: "add neighbouring codes, the same symptom in other products (e.g. a port conflict in Docker, nginx and Node.js), or the error that usually follows",
    },
  },
  check({ entries, report }) {
    for (const entry of entries) {
      const data = record(entry.source.data);
      const related = list<unknown>(data.related).filter((id) => typeof id === "string" && id !== entry.id);
      if (related.length >= MIN_RELATED) continue;
      report(entry.source, data.related === undefined ? ["id"] : ["related"], "too-few-related", {
        key: true,
        data: { count: related.length, noun: related.length === 1 ? "entry" : "entries", min: MIN_RELATED },
      });
    }
  },
});
