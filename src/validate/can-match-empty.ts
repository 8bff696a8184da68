import type { Node } from "@eslint-community/regexpp/ast";

/**
 * Whether a pattern could possibly match the empty string: every path of it
 * can consume no character. A cheap structural check that lets EA016 skip
 * running thousands of regexes; when it says "possibly", the regex itself
 * is run on "" to decide.
 */
export function canMatchEmpty(node: Node): boolean {
  switch (node.type) {
    case "Pattern":
    case "Group":
    case "CapturingGroup":
      return node.alternatives.some(canMatchEmpty);
    case "Alternative":
      return node.elements.every(canMatchEmpty);
    case "Quantifier":
      return node.min === 0 || canMatchEmpty(node.element);
    case "Assertion":
    case "Backreference":
      return true;
    default:
      return false;
  }
}
