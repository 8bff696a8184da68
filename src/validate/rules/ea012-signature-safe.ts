import type { Rule } from "../rule.js";

export const rule: Rule = {
  code: "EA012",
  name: "signature-safe",
  description:
    "No signature is vulnerable to catastrophic backtracking (checked with recheck); an unproven one is never executed.",
  check({ entries, signatures, report }) {
    for (const entry of entries) {
      for (const { index, safety } of signatures.of(entry)) {
        if (!safety || safety.safe) continue;
        const message =
          safety.reason === "vulnerable"
            ? `signature can backtrack catastrophically (${safety.complexity} time${safety.attack ? `, e.g. on ${safety.attack}` : ""})`
            : safety.reason === "timeout"
              ? "signature ran for more than 3 s on an example and was stopped: it backtracks catastrophically"
              : "signature could not be proven safe from catastrophic backtracking in 3 s";
        report(entry.source, ["signatures", index], message, {
          hint: "avoid a repeated group that contains a choice or another repetition, e.g. write `(\\w+\\s)*` as `[\\w\\s]*`",
        });
      }
    }
  },
};
