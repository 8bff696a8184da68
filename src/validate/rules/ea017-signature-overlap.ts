import { list, type Rule } from "../rule.js";
import { compileSignature } from "../../signatures.js";
import { buildLookupIndex } from "../../lookup/build-index.js";
import { LookupEngine } from "../../lookup/engine.js";
import type { CompiledSignature } from "../../types/schema.js";
import { signatureAt } from "./signature-list.js";

export const rule: Rule = {
  code: "EA017",
  name: "signature-overlap",
  description: "No signature matches another entry's example (a warning: the lookup would rank the wrong entry too).",
  check({ entries, report }) {
    // The lookup engine finds the candidates, so this stays fast on large catalogs.
    const signatures = entries.map((entry) =>
      list<unknown>((entry.source.data as Record<string, unknown>).signatures).map((raw) => {
        const signature = signatureAt(raw);
        return signature && compileSignature(signature) instanceof RegExp ? signature : { regex: "(?!)", ignore_case: false };
      }),
    );
    const engine = new LookupEngine(buildLookupIndex(entries.map((entry, i) => ({ id: entry.id, signatures: signatures[i] as CompiledSignature[] }))));
    const captured = new Map<string, { entry: number; signature: number; from: Set<string>; count: number }>();
    entries.forEach((entry) => {
      for (const example of list<unknown>((entry.source.data as Record<string, unknown>).examples)) {
        if (typeof example !== "string") continue;
        for (const match of engine.lookup(example, { limit: entries.length })) {
          if (match.id === entry.id) continue;
          const key = `${match.id}#${match.signature}`;
          const owner = entries.findIndex((e) => e.id === match.id);
          const record = captured.get(key) ?? { entry: owner, signature: match.signature, from: new Set<string>(), count: 0 };
          record.from.add(entry.id);
          record.count++;
          captured.set(key, record);
        }
      }
    });
    for (const { entry, signature, from, count } of captured.values()) {
      const ids = [...from].sort();
      report(entries[entry]!.source, ["signatures", signature], `signature also matches ${count} example(s) of ${ids.slice(0, 3).join(", ")}${ids.length > 3 ? ` and ${ids.length - 3} more` : ""}`, {
        severity: "warning",
        hint: "make it more specific (the error code, the exact wording), or relate the entries",
      });
    }
  },
};
