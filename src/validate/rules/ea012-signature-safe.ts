import { defineRule } from "../rule.js";

const HINT =
  "avoid a repeated group that contains a choice or another repetition, e.g. write `(\\w+\\s)*` as `[\\w\\s]*`";

export const rule = defineRule({
  code: "EA012",
  name: "signature-safe",
  description:
    "No signature is vulnerable to catastrophic backtracking (checked with recheck); an unproven one is never executed.",
  messages: {
    vulnerable: {
      text: "signature can backtrack catastrophically ({{complexity}} time, e.g. on {{attack}})",
      hint: HINT,
    },
    "vulnerable-without-attack": { text: "signature can backtrack catastrophically ({{complexity}} time)", hint: HINT },
    timeout: {
      text: "signature ran for more than 3 s on an example and was stopped: it backtracks catastrophically",
      hint: HINT,
    },
    unproven: {
      text: "signature could not be proven safe from catastrophic backtracking in the time allowed (3 s, then 20 s)",
      hint: HINT,
    },
  },
  check({ entries, signatures, report }) {
    for (const entry of entries) {
      for (const { index, safety } of signatures.of(entry)) {
        if (!safety || safety.safe) continue;
        const path = ["signatures", index];
        const { complexity, attack } = safety;
        if (safety.reason === "vulnerable") {
          if (attack) report(entry.source, path, "vulnerable", { data: { complexity, attack } });
          else report(entry.source, path, "vulnerable-without-attack", { data: { complexity } });
        } else report(entry.source, path, safety.reason === "timeout" ? "timeout" : "unproven");
      }
    }
  },
});
