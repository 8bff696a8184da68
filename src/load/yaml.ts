import { CORE_SCHEMA, load } from "js-yaml";

/**
 * Parses YAML fast with js-yaml's core schema: dates stay strings
 * (`2024-01-20` must reach the schema as text) and no custom tags run.
 * Duplicate keys are an error. Throws js-yaml's YAMLException (with `mark`).
 */
export function parseYaml(text: string): unknown {
  return load(text, { schema: CORE_SCHEMA });
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
