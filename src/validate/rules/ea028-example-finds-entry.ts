import { list, record, type Rule } from "../rule.js";
import { isPlaceholder } from "../../shared/placeholder.js";

export const rule: Rule = {
  code: "EA028",
  scope: "catalog",
  name: "example-finds-entry",
  description: "Looking up any of an entry's examples gives that entry first, as a strong match (on message text, not a bare code).",
  check({ entries, signatures, report }) {
    const engine = signatures.lookup(entries);
    for (const entry of entries) {
      list<unknown>(record(entry.source.data).examples).forEach((example, index) => {
        if (typeof example !== "string" || isPlaceholder(example)) return;
        const hits = engine.lookup(example, { limit: 3 });
        const own = hits.find((hit) => hit.id === entry.id);
        // An example no own signature matches is EA013's to report.
        if (!own) return;
        if (hits[0]!.id !== entry.id) {
          report(entry.source, ["examples", index], `looking this example up gives \`${hits[0]!.id}\` before this entry`, {
            hint: "make this entry's signature match more of the message, or narrow the other entry's signature",
          });
        } else if (own.strength !== "strong") {
          report(entry.source, ["examples", index], `this example finds the entry only weakly (on \`${own.text}\`)`, {
            hint: "give the entry a signature with the error's message text: a code or a number alone also matches ordinary log lines",
          });
        }
      });
    }
  },
};
