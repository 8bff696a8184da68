import { defineRule, list, record } from "../rule.js";

export const rule = defineRule({
  code: "EA028",
  scope: "catalog",
  name: "example-finds-entry",
  description:
    "Looking up any of an entry's examples gives that entry first, as a strong match (on message text, not a bare code).",
  messages: {
    "multiline-only": {
      text: "looking this example up does not find this entry: its signature only matches across lines",
      hint: "the lookup reads logs line by line: make a signature match within one line of the error",
    },
    "other-entry-first": {
      text: "looking this example up gives `{{other}}` before this entry",
      hint: "make this entry's signature match more of the message, or narrow the other entry's signature",
    },
    "weak-match": {
      text: "this example finds the entry only weakly (on `{{text}}`)",
      hint: "give the entry a signature with the error's message text: a code or a number alone also matches ordinary log lines",
    },
  },
  check({ entries, signatures, report }) {
    for (const entry of entries) {
      signatures.exampleHits(entry).forEach((hits, index) => {
        if (!hits) return;
        const own = hits.find((hit) => hit.id === entry.id);
        // An example no own signature matches is EA013's to report; one that matches only across
        // lines is this rule's: the lookup reads a log line by line.
        if (!own) {
          if (
            signatures.ownMatches(entry)?.[index] &&
            !/\n/.test(String(list(record(entry.source.data).examples)[index]))
          ) {
            return;
          }
          if (signatures.ownMatches(entry)?.[index]) {
            report(entry.source, ["examples", index], "multiline-only");
          }
          return;
        }
        if (hits[0]!.id !== entry.id) {
          report(entry.source, ["examples", index], "other-entry-first", { data: { other: hits[0]!.id } });
        } else if (own.strength !== "strong") {
          report(entry.source, ["examples", index], "weak-match", { data: { text: own.text } });
        }
      });
    }
  },
});
