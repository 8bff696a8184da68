import { list, type Rule } from "../rule.js";
import { compileSignature } from "../../signatures.js";
import { signatureAt } from "./signature-list.js";

export const rule: Rule = {
  code: "EA013",
  name: "example-matches",
  description: "Every `examples` line is matched by at least one of the entry's own signatures.",
  check({ entries, report }) {
    for (const entry of entries) {
      const data = entry.source.data as Record<string, unknown>;
      const regexes = list<unknown>(data.signatures)
        .map(signatureAt)
        .map((s) => (s ? compileSignature(s) : undefined))
        .filter((r): r is RegExp => r instanceof RegExp);
      if (!regexes.length) continue;
      list<unknown>(data.examples).forEach((example, index) => {
        if (typeof example === "string" && !regexes.some((r) => r.test(example))) {
          report(entry.source, ["examples", index], "no signature of this entry matches this example", {
            hint: "fix the example so it holds the error text as printed, or widen a signature",
          });
        }
      });
    }
  },
};
