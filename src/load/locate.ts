import { isMap, isScalar, isSeq, LineCounter, type Node, type Pair, parseDocument } from "yaml";

import type { Position } from "../shared/problem.js";

export type YamlPath = readonly (string | number)[];

/**
 * Maps a path inside parsed YAML (`["workarounds", 1, "success_rate"]`) back
 * to a line and column of the file. Uses the position-keeping `yaml` parser,
 * which is slower than js-yaml, so it is only built for files with problems.
 *
 * `yamlText` must start at the first line of the file (the `---` line's
 * remainder) so that its line numbers are the file's.
 */
export function createLocator(yamlText: string): (path: YamlPath, options?: { key?: boolean }) => Position {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, keepSourceTokens: false, uniqueKeys: false });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  return (path, options = {}) => {
    let node: unknown = doc.contents;
    let pair: Pair | undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const found = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!found) break;
        pair = found;
        node = found.value;
      } else if (isSeq(node) && typeof segment === "number" && segment < node.items.length) {
        pair = undefined;
        node = node.items[segment];
      } else {
        break;
      }
    }
    // A key's position reads better for "unknown field" and for empty values.
    const keyNode = pair?.key as Node | undefined;
    if ((options.key || !node) && keyNode?.range) return at(keyNode.range[0]);
    const range = (node as Node | undefined)?.range;
    return range ? at(range[0]) : { line: 1, column: 1 };
  };
}
