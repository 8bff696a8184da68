import { RegExpParser } from "@eslint-community/regexpp";
import type { Pattern } from "@eslint-community/regexpp/ast";

const parser = new RegExpParser({ ecmaVersion: 2024 });

/** The syntax tree of a signature's regex (non-Unicode mode, as signatures run), or null when it does not parse. */
export function parseRegexSyntax(source: string): Pattern | null {
  try {
    return parser.parsePattern(source, 0, source.length, { unicode: false });
  } catch {
    return null;
  }
}
