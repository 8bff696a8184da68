import type { Rule } from "../rule.js";
import { checkSafety } from "../regex-safety.js";

export const rule: Rule = {
  code: "EA012",
  name: "signature-safe",
  description: "No signature is vulnerable to catastrophic backtracking (checked with recheck).",
  async check({ entries, signatures, report }) {
    const checks: Promise<void>[] = [];
    for (const entry of entries) {
      for (const { index, signature, regex } of signatures.of(entry)) {
        if (typeof regex === "string") continue;
        checks.push(
          checkSafety(signature.regex, signature.ignore_case, () => signatures.parse(signature.regex)).then((safety) => {
            if (safety.safe) return;
            const message =
              safety.reason === "vulnerable"
                ? `signature can backtrack catastrophically (${safety.complexity} time${safety.attack ? `, e.g. on ${safety.attack}` : ""})`
                : "signature could not be proven safe from catastrophic backtracking in 3 s";
            report(entry.source, ["signatures", index], message, {
              hint: "avoid a repeated group that contains a choice or another repetition, e.g. write `(\\w+\\s)*` as `[\\w\\s]*`",
            });
          }),
        );
      }
    }
    await Promise.all(checks);
  },
};
