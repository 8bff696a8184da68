import { defineRule } from "../rule.js";

export const rule = defineRule({
  code: "EA013",
  name: "example-matches",
  description: "Every `examples` line is matched by at least one of the entry's own signatures.",
  messages: {
    "example-unmatched": {
      text: "no signature of this entry matches this example",
      hint: "fix the example so it holds the error text as printed, or widen a signature",
    },
  },
  check({ entries, signatures, report }) {
    for (const entry of entries) {
      if (!signatures.runnable(entry).length) continue;
      signatures.ownMatches(entry)?.forEach((matched, index) => {
        if (matched) return;
        report(entry.source, ["examples", index], "example-unmatched");
      });
    }
  },
});
