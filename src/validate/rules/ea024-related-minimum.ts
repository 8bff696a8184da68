import { list, record, type Rule } from "../rule.js";

/** Fewer would leave a reader at a dead end of the catalog itself. */
export const MIN_RELATED = 2;

export const rule: Rule = {
  code: "EA024",
  name: "related-minimum",
  description: `Every entry lists at least ${MIN_RELATED} related entries (the same symptom in another product counts).`,
  check({ entries, report }) {
    for (const entry of entries) {
      const data = record(entry.source.data);
      const related = list<unknown>(data.related).filter((id) => typeof id === "string" && id !== entry.id);
      if (related.length >= MIN_RELATED) continue;
      report(
        entry.source,
        data.related === undefined ? ["id"] : ["related"],
        `lists ${related.length} related entr${related.length === 1 ? "y" : "ies"}; at least ${MIN_RELATED} are needed`,
        {
          key: true,
          hint: "add neighbouring codes, the same symptom in other products (e.g. a port conflict in Docker, nginx and Node.js), or the error that usually follows",
        },
      );
    }
  },
};
