import type { CompiledSignature, Signature } from "../types/schema.js";

const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/** Escapes text so it matches itself inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(SPECIAL, "\\$&");
}

/** Normalises the three signature forms of an entry file to a RegExp source and flag. */
export function normalizeSignature(signature: Signature): CompiledSignature {
  if (typeof signature === "string") return { regex: signature, ignore_case: false };
  if ("literal" in signature) {
    return { regex: escapeRegExp(signature.literal), ignore_case: signature.ignore_case === true };
  }
  return { regex: signature.regex, ignore_case: signature.ignore_case === true };
}

/** RegExp flags for a signature. No `u`: signatures are written in the widely known non-Unicode dialect. */
export const signatureFlags = (signature: CompiledSignature): string => (signature.ignore_case ? "i" : "");

/** Compiles a signature, or returns the engine's error message. */
export function compileSignature(signature: CompiledSignature): RegExp | string {
  try {
    return new RegExp(signature.regex, signatureFlags(signature));
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * The plain text a regex source stands for when it is a pure literal (only
 * ordinary characters and escaped punctuation), else null. Literal
 * signatures are common — every `{ literal: … }` — and need no regex parser.
 */
export function literalOf(source: string): string | null {
  let text = "";
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "\\") {
      const next = source[i + 1];
      // Only escaped punctuation is literal; \d, \b, \n, \u… are not plain text.
      if (next === undefined || !/[.*+?^${}()|[\]\\/-]/.test(next)) return null;
      text += next;
      i++;
    } else if (".*+?^${}()|[]".includes(ch)) {
      return null;
    } else {
      text += ch;
    }
  }
  return text;
}
