import type { Rule } from "../rule.js";
import { canMatchEmpty } from "../can-match-empty.js";
import { literalOf } from "../../shared/signatures.js";

export const rule: Rule = {
  code: "EA016",
  name: "signature-not-empty",
  description: "No signature matches the empty string (it would match every log line).",
  check({ entries, signatures, report }) {
    for (const entry of entries) {
      for (const { index, signature, regex } of signatures.runnable(entry)) {
        // Decide from the structure when possible; run the regex on "" only when it might match.
        const literal = literalOf(signature.regex);
        if (literal !== null) {
          if (literal.length > 0) continue;
        } else {
          const pattern = signatures.parse(signature.regex);
          if (pattern && !canMatchEmpty(pattern)) continue;
        }
        if (regex.test("")) {
          report(entry.source, ["signatures", index], "signature matches the empty string, so it would match every line", {
            hint: "make it require the error's own text, e.g. drop a trailing `?` or `*` from the only part",
          });
        }
      }
    }
  },
};
