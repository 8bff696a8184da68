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
  let full: ((path: YamlPath, options?: { key?: boolean }) => Position) | undefined;
  let lines: string[] | undefined;
  return (path, options = {}) =>
    quickLocate((lines ??= yamlText.split("\n")), path) ?? (full ??= fullLocator(yamlText))(path, options);
}

/**
 * The common case without parsing: an item of a top-level block list
 * (`examples`, `signatures`, `workarounds`…, path `[field, index]`), found by
 * its `- ` line. The full parser costs about a millisecond a file, which
 * added up to a second when one run warns about a thousand examples. Any
 * layout it does not recognise is left to the full parser (undefined).
 */
export function quickLocate(lines: readonly string[], path: YamlPath): Position | undefined {
  const [field, index] = path;
  if (path.length !== 2 || typeof field !== "string" || typeof index !== "number" || !/^[a-z_]+$/.test(field)) {
    return undefined;
  }
  const start = lines.findIndex((line) => line.startsWith(`${field}:`));
  if (start === -1 || !/^[a-z_]+:\s*(#.*)?$/.test(lines[start]!)) return undefined;
  let indent: number | undefined;
  let seen = -1;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\S/.test(line) && !line.startsWith("#")) return undefined; // the next top-level field
    const item = /^( *)- ?(\S?)/.exec(line);
    if (!item || (indent !== undefined && item[1]!.length !== indent)) continue;
    if (indent === undefined) indent = item[1]!.length;
    if (++seen === index) return item[2] ? { line: i + 1, column: indent + 3 } : undefined;
  }
  return undefined;
}

function fullLocator(yamlText: string): (path: YamlPath, options?: { key?: boolean }) => Position {
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
