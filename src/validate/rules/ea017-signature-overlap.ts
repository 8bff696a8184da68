import type { Rule } from "../rule.js";

export const rule: Rule = {
  code: "EA017",
  scope: "catalog",
  name: "signature-overlap",
  description: "No signature matches another entry's example (a warning: the lookup would rank the wrong entry too).",
  warnsOnly: true,
  check({ entries, signatures, report }) {
    // The lookup (run once for all rules, see SignatureTable.execute) finds the candidates.
    const position = new Map(entries.map((entry, i) => [entry.id, i]));

    const captured = new Map<string, { entry: number; signature: number; from: Set<string>; count: number }>();
    for (const entry of entries) {
      for (const hits of signatures.exampleHits(entry)) {
        for (const match of hits ?? []) {
          if (match.id === entry.id || match.via === "code") continue;
          const key = `${match.id}#${match.signature}`;
          const record = captured.get(key) ?? { entry: position.get(match.id)!, signature: match.signature, from: new Set<string>(), count: 0 };
          record.from.add(entry.id);
          record.count++;
          captured.set(key, record);
        }
      }
    }
    for (const { entry, signature, from, count } of captured.values()) {
      const ids = [...from].sort();
      report(entries[entry]!.source, ["signatures", signature], `signature also matches ${count} example(s) of ${ids.slice(0, 3).join(", ")}${ids.length > 3 ? ` and ${ids.length - 3} more` : ""}`, {
        severity: "warning",
        hint: "make it more specific (the error code, the exact wording), or relate the entries",
      });
    }
  },
};
