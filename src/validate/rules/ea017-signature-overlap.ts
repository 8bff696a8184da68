import { list, type Rule } from "../rule.js";
import { compileSignature } from "../../signatures.js";
import { signatureAt } from "./signature-list.js";

export const rule: Rule = {
  code: "EA017",
  name: "signature-overlap",
  description: "No signature matches another entry's example (a warning: the lookup would rank the wrong entry too).",
  check({ entries, report }) {
    const examples = entries.flatMap((entry) =>
      list<unknown>((entry.source.data as Record<string, unknown>).examples)
        .filter((e): e is string => typeof e === "string")
        .map((text) => ({ id: entry.id, text })),
    );
    for (const entry of entries) {
      list<unknown>((entry.source.data as Record<string, unknown>).signatures).forEach((raw, index) => {
        const signature = signatureAt(raw);
        const regex = signature && compileSignature(signature);
        if (!(regex instanceof RegExp)) return;
        const captured = examples.filter((e) => e.id !== entry.id && regex.test(e.text));
        if (!captured.length) return;
        const ids = [...new Set(captured.map((e) => e.id))];
        report(entry.source, ["signatures", index], `signature also matches ${captured.length} example(s) of ${ids.slice(0, 3).join(", ")}${ids.length > 3 ? ` and ${ids.length - 3} more` : ""}`, {
          severity: "warning",
          hint: "make it more specific (the error code, the exact wording), or relate the entries",
        });
      });
    }
  },
};
