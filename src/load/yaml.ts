import { CORE_SCHEMA, load } from "js-yaml";
import { parseDocument } from "yaml";

/**
 * Parses YAML fast with js-yaml's core schema: dates stay strings
 * (`2024-01-20` must reach the schema as text) and no custom tags run.
 * Duplicate keys are an error. Throws js-yaml's YAMLException (with `mark`).
 */
export function parseYaml(text: string): unknown {
  return load(text, { schema: CORE_SCHEMA });
}

/**
 * js-yaml accepts a few things the YAML specification forbids, and reads
 * them as something the author may not have meant: a `#` right after a
 * quoted value or a closing bracket (`title: "x"#y`) is dropped as a
 * comment. Such lines are rare, so only files that have one are parsed
 * again by the strict parser (\`yaml\`, ten times slower), whose first error
 * is then the file's. Returns that error's 1-based line and column in `text`.
 */
export function strictSyntaxError(text: string): { line: number; column: number; message: string } | undefined {
  if (!/["'\]}]#/.test(text)) return undefined;
  const error = parseDocument(text, { uniqueKeys: false }).errors[0];
  if (!error) return undefined;
  const at = error.linePos?.[0] ?? { line: 1, col: 1 };
  return {
    line: at.line,
    column: at.col,
    message: error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, ""),
  };
}

export interface UnsafeNode {
  path: (string | number)[];
  reason: "alias" | "proto-key";
}

/**
 * Finds what an untrusted entry must not use: anchors and aliases (the same
 * object reachable twice — the "billion laughs" expansion) and `__proto__`
 * keys. js-yaml shares aliased objects instead of copying them, so walking
 * unique objects stays cheap even for a hostile document.
 */
export function findUnsafe(value: unknown): UnsafeNode | undefined {
  const seen = new Set<object>();
  const walk = (node: unknown, path: (string | number)[]): UnsafeNode | undefined => {
    if (node === null || typeof node !== "object") return undefined;
    if (seen.has(node)) return { path, reason: "alias" };
    seen.add(node);
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const found = walk(node[i], [...path, i]);
        if (found) return found;
      }
      return undefined;
    }
    for (const key of Object.keys(node)) {
      if (key === "__proto__") return { path: [...path, key], reason: "proto-key" };
      const found = walk((node as Record<string, unknown>)[key], [...path, key]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(value, []);
}
