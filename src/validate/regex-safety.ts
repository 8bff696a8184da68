import { visitRegExpAST } from "@eslint-community/regexpp";
import type { Node, Pattern } from "@eslint-community/regexpp/ast";
import type { Diagnostics } from "recheck";

import { parseRegexSyntax } from "../shared/regex-syntax.js";
import { literalOf } from "../shared/signatures.js";

export type Safety =
  { safe: true } | { safe: false; complexity: string; attack?: string; reason: "vulnerable" | "unknown" | "timeout" };

/**
 * Exponential backtracking needs a repeated part that can match the same text
 * in more than one way, which takes a choice (`a|b`) or another repetition
 * inside a repetition. Patterns without such a part skip the slower checker;
 * what remains (e.g. `.*a.*b`) is at worst polynomial, and the lookup bounds
 * the text each signature runs on.
 */
export function needsDeepCheck(source: string, parsed?: Pattern | null): boolean {
  if (literalOf(source) !== null) return false;
  const ast = parsed === undefined ? parseRegexSyntax(source) : parsed;
  if (!ast) return false; // EA011 reports patterns that do not parse
  let risky = false;
  visitRegExpAST(ast, {
    onQuantifierEnter(quantifier) {
      if (risky || quantifier.max <= 1) return;
      risky = containsChoiceOrRepeat(quantifier.element);
    },
  });
  return risky;
}

function containsChoiceOrRepeat(node: Node): boolean {
  switch (node.type) {
    case "Quantifier":
      return node.max > 1 || containsChoiceOrRepeat(node.element);
    case "Group":
    case "CapturingGroup":
      return node.alternatives.length > 1 || node.alternatives.some(containsChoiceOrRepeat);
    case "Assertion":
      return "alternatives" in node
        ? node.alternatives.length > 1 || node.alternatives.some(containsChoiceOrRepeat)
        : false;
    case "Alternative":
      return node.elements.some(containsChoiceOrRepeat);
    default:
      return false;
  }
}

const cache = new Map<string, Promise<Safety>>();

/** The key of a pattern's verdict, here and in the verdicts kept between runs (SignatureTable.prove). */
export const safetyKey = (source: string, ignoreCase: boolean) => `${ignoreCase ? "i" : ""}/${source}`;

/**
 * Checks a signature for catastrophic backtracking with recheck
 * (https://makenowjust-labs.github.io/recheck/), loaded only when a pattern
 * needs it. Results are cached per process: catalogs repeat signatures.
 */
export function checkSafety(source: string, ignoreCase: boolean, parse?: () => Pattern | null): Promise<Safety> {
  // Literals never reach the parser: needsDeepCheck answers them from the text.
  const parsed = literalOf(source) === null && parse ? parse() : undefined;
  if (!needsDeepCheck(source, parsed)) return Promise.resolve({ safe: true });
  const key = safetyKey(source, ignoreCase);
  let pending = cache.get(key);
  if (!pending) {
    pending = runRecheck(source, ignoreCase ? "i" : "");
    cache.set(key, pending);
  }
  return pending;
}

/**
 * recheck's time limits, in wall-clock ms. Proving a safe pattern takes well under a second on
 * an idle machine but several on a loaded one (a CI runner, a laptop busy building), so a
 * check that ran out of time gets a second, longer chance before the pattern counts as unproven.
 */
export const RECHECK_LIMITS = [3_000, 20_000] as const;

type Recheck = (source: string, flags: string, params: { timeout: number }) => Promise<Diagnostics>;

async function runRecheck(source: string, flags: string): Promise<Safety> {
  const { check } = await import("recheck");
  return recheckVerdict(check, source, flags);
}

/** The verdict of `check` (recheck's, or a stand-in in tests) on one pattern. */
export async function recheckVerdict(check: Recheck, source: string, flags: string): Promise<Safety> {
  let result: Diagnostics | undefined;
  for (const timeout of RECHECK_LIMITS) {
    result = await check(source, flags, { timeout });
    if (!(result.status === "unknown" && result.error.kind === "timeout")) break;
  }
  if (result!.status === "safe") return { safe: true };
  if (result!.status === "vulnerable") {
    return { safe: false, reason: "vulnerable", complexity: result!.complexity.type, attack: result!.attack.pattern };
  }
  return { safe: false, reason: "unknown", complexity: "unknown" };
}
