/**
 * Positions inside front matter: the line-scanning fast path agrees with
 * the full YAML parser wherever it answers, over every list item of the
 * repository's catalog and over layouts it must leave to the parser.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { createLocator, quickLocate } from "../../src/load/locate.js";
import { parseYaml } from "../../src/load/yaml.js";

const repo = path.resolve(import.meta.dirname, "../..");

/** The front matter as the loader hands it over: from the end of the first `---` line, so line numbers are the file's. */
const frontMatter = (text: string) => text.slice(3, text.indexOf("\n---", 3) + 1);

describe("locating a list item", () => {
  it("finds the same line and column as the full parser for every list item of the catalog", () => {
    const root = path.join(repo, "entries");
    const files = readdirSync(root, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith(".md") && !/\.[a-z]{2}\.md$/.test(f) && f.includes("/"));
    let compared = 0;
    for (const file of files) {
      const yaml = frontMatter(readFileSync(path.join(root, file), "utf8"));
      const data = parseYaml(yaml) as Record<string, unknown>;
      const full = createLocatorWithoutShortcut(yaml);
      const lines = yaml.split("\n");
      for (const [field, value] of Object.entries(data)) {
        if (!Array.isArray(value)) continue;
        value.forEach((_, index) => {
          const quick = quickLocate(lines, [field, index]);
          if (!quick) return;
          compared++;
          expect(quick, `${file} ${field}[${index}]`).toEqual(full([field, index]));
        });
      }
    }
    expect(compared).toBeGreaterThan(2000);
  });

  it("leaves flow lists, nested paths and missing items to the full parser", () => {
    const yaml =
      '\nrelated: [a/b, c/d]\nexamples:\n  -\n    "on the next line"\nworkarounds:\n  - id: x\n    text: y\n';
    const lines = yaml.split("\n");
    expect(quickLocate(lines, ["related", 1])).toBeUndefined();
    expect(quickLocate(lines, ["examples", 0])).toBeUndefined();
    expect(quickLocate(lines, ["workarounds", 0, "text"])).toBeUndefined();
    expect(quickLocate(lines, ["workarounds", 3])).toBeUndefined();
    expect(quickLocate(lines, ["workarounds", 0])).toEqual({ line: 7, column: 5 });
    // And the locator still answers them, through the parser.
    const locate = createLocator(yaml);
    expect(locate(["related", 1])).toEqual({ line: 2, column: 16 });
    expect(locate(["workarounds", 0, "text"])).toEqual({ line: 8, column: 11 });
  });
});

/** The full parser alone: a path with a trailing no-op segment never takes the shortcut. */
function createLocatorWithoutShortcut(yaml: string) {
  const locate = createLocator(yaml);
  return (p: (string | number)[]) => locate([...p, "\u0000"]);
}
