import type { Alternative, Element, Node, Pattern } from "@eslint-community/regexpp/ast";

import { asciiLower } from "../lookup/ascii.js";
import { parseRegexSyntax } from "./regex-syntax.js";
import { literalOf } from "./signatures.js";

/**
 * Literal text a signature pins down, found by parsing its regex. The lookup
 * scans the input once for all such literals and only runs the regexes whose
 * literals occur — this is what keeps a lookup nearly independent of catalog
 * size.
 */
export interface SignatureLiterals {
  /** Every match contains at least one of these (ASCII lower-case); empty when none is long enough to help. */
  required: string[];
  /** Per top-level alternative, the literal runs it pins (for scoring how specific a match is). */
  alternatives: string[][];
}

/** Shorter literals would make almost every input a candidate. */
export const MIN_LITERAL = 3;

interface Sequence {
  runs: string[];
  required: string[] | null;
}

/** `parsed`: the source's syntax tree when the caller has it already (null: it does not parse). */
export function extractLiterals(source: string, ignoreCase: boolean, parsed?: Pattern | null): SignatureLiterals {
  const literal = literalOf(source);
  // Pure literals skip the parser; with `i`, only when ASCII folding is exact for them.
  if (literal !== null && !(ignoreCase && /[^\x00-\x7f]/.test(literal))) {
    const lowered = asciiLower(literal);
    return { required: lowered.length >= MIN_LITERAL ? [lowered] : [], alternatives: [[lowered]] };
  }
  const pattern = parsed === undefined ? parseRegexSyntax(source) : parsed;
  if (!pattern) return { required: [], alternatives: [] };
  const required = union(pattern.alternatives.map((a) => sequence(a.elements, ignoreCase)));
  return {
    required: required ?? [],
    alternatives: topAlternatives(pattern.alternatives).map((a) => sequence(a.elements, ignoreCase).runs),
  };
}

/** `(A|B|C)` alone is read as the alternatives A, B, C. */
function topAlternatives(alternatives: readonly Alternative[]): readonly Alternative[] {
  if (alternatives.length === 1) {
    const only = alternatives[0]!.elements;
    const group = only.length === 1 ? only[0] : undefined;
    if (group && (group.type === "Group" || group.type === "CapturingGroup")) {
      return topAlternatives(group.alternatives);
    }
  }
  return alternatives;
}

function union(sequences: Sequence[]): string[] | null {
  const all = new Set<string>();
  for (const s of sequences) {
    if (!s.required) return null;
    for (const r of s.required) all.add(r);
  }
  return all.size ? [...all] : null;
}

/** Higher is better: a set is as selective as its shortest member. */
const quality = (set: string[]) => Math.min(...set.map((s) => s.length)) * 100 - set.length;

function sequence(elements: readonly Element[], ignoreCase: boolean): Sequence {
  const runs: string[] = [];
  const candidates: string[][] = [];
  let run = "";
  const flush = () => {
    if (run.length) {
      runs.push(run);
      if (run.length >= MIN_LITERAL) candidates.push([run]);
    }
    run = "";
  };
  const character = (value: number): boolean => {
    const ch = String.fromCodePoint(value);
    // A non-ASCII letter under `i` has case variants the ASCII folding of the scan cannot see.
    if (ignoreCase && value > 127 && ch.toLowerCase() !== ch.toUpperCase()) return false;
    run += value >= 65 && value <= 90 ? String.fromCharCode(value + 32) : ch;
    return true;
  };
  const group = (node: Node) => {
    if (node.type !== "Group" && node.type !== "CapturingGroup") return;
    const inner = node.alternatives.map((a) => sequence(a.elements, ignoreCase));
    const set = union(inner);
    if (set) candidates.push(set);
    if (inner.length === 1) runs.push(...inner[0]!.runs);
  };

  for (const element of elements) {
    if (element.type === "Character") {
      if (!character(element.value)) flush();
      continue;
    }
    if (element.type === "Quantifier") {
      const inner = element.element;
      if (element.min >= 1 && inner.type === "Character") {
        const times = element.min === element.max ? element.min : 1;
        let ok = true;
        for (let i = 0; i < times && ok; i++) ok = character(inner.value);
        flush();
        continue;
      }
      flush();
      if (element.min >= 1) group(inner);
      continue;
    }
    flush();
    group(element);
  }
  flush();
  const best = candidates.length ? candidates.reduce((a, b) => (quality(b) > quality(a) ? b : a)) : null;
  return { runs, required: best };
}
