import { list, type Rule } from "../rule.js";
import { isPlaceholder } from "../../shared/placeholder.js";

export const rule: Rule = {
  code: "EA013",
  name: "example-matches",
  description: "Every `examples` line is matched by at least one of the entry's own signatures.",
  check({ entries, signatures, report }) {
    for (const entry of entries) {
      const regexes = signatures.runnable(entry).map((s) => s.regex);
      if (!regexes.length) continue;
      list<unknown>((entry.source.data as Record<string, unknown>).examples).forEach((example, index) => {
        if (typeof example === "string" && !isPlaceholder(example) && !regexes.some((r) => r.test(example))) {
          report(entry.source, ["examples", index], "no signature of this entry matches this example", {
            hint: "fix the example so it holds the error text as printed, or widen a signature",
          });
        }
      });
    }
  },
};
