import type { Pattern } from "@eslint-community/regexpp/ast";

import type { IndexedSignature, LookupIndex } from "../lookup/lookup-index.js";
import type { CompiledEntry } from "../types/schema.js";
import { extractLiterals } from "./literals.js";
import { literalOf } from "./signatures.js";

/**
 * Builds the lookup index at compile time (parsing regexes needs regexpp,
 * which neither the package nor the browser should load).
 */
export function buildLookupIndex(
  entries: readonly (Pick<CompiledEntry, "id" | "signatures"> & { code?: string })[],
  options: { parse?: (source: string) => Pattern | null } = {},
): LookupIndex {
  const parsed = entries.map((entry) =>
    entry.signatures.map((s) =>
      extractLiterals(s.regex, s.ignore_case, literalOf(s.regex) === null ? options.parse?.(s.regex) : undefined),
    ),
  );

  // How many entries pin each run: text many entries share says little about which one matched.
  const entriesWithRun = new Map<string, number>();
  for (const signatures of parsed) {
    const runs = new Set(signatures.flatMap((s) => s.alternatives.flat()));
    for (const run of runs) entriesWithRun.set(run, (entriesWithRun.get(run) ?? 0) + 1);
  }
  const weight = (runs: string[]) => {
    let total = 0;
    for (const run of runs) total += run.length / (1 + Math.log2(entriesWithRun.get(run) ?? 1));
    return Math.round(total * 1000) / 1000;
  };

  const signatures: IndexedSignature[] = [];
  entries.forEach((entry, e) => {
    entry.signatures.forEach((signature, s) => {
      const literals = parsed[e]![s]!;
      signatures.push({
        e,
        s,
        r: signature.regex,
        i: signature.ignore_case,
        q: literals.required,
        a: literals.alternatives.map((runs) => [runs, weight(runs)]),
      });
    });
  });
  return { version: 1, ids: entries.map((e) => e.id), codes: entries.map((e) => e.code ?? null), signatures };
}
