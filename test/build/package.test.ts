/**
 * Releasing and importing the package as a user would: pack it from a clean
 * clone (prepack builds it), check what the tarball holds, install it in a
 * fresh project (no dependencies come along), compile against its types
 * under tsc --strict, run it, and bundle its subpaths.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";

import { tempDir } from "../helpers/cleanup.js";

const repo = path.resolve(import.meta.dirname, "../..");
let work: string;
let tarball: string;
let project: string;
let firstId: string;

const node = (args: string[], cwd: string) => execFileSync(process.execPath, args, { cwd, encoding: "utf8" });

beforeAll(async () => {
  work = tempDir("atlas-release-");
  // A clean clone of the committed tree: what a release from a fresh checkout would ship.
  const clone = path.join(work, "clone");
  execFileSync("git", ["clone", "--quiet", "--local", "--no-hardlinks", repo, clone]);
  // Its dependencies linked from the repository one by one; caches (tsc's build info) stay its own.
  mkdirSync(path.join(clone, "node_modules"));
  for (const name of readdirSync(path.join(repo, "node_modules"))) {
    if (name !== ".cache") symlinkSync(path.join(repo, "node_modules", name), path.join(clone, "node_modules", name));
  }
  const packed = execFileSync("npm", ["pack", "--silent", "--pack-destination", work], {
    cwd: clone,
    encoding: "utf8",
    env: { ...process.env, ATLAS_ENTRIES: "" },
  })
    .trim()
    .split("\n")
    .pop()!;
  tarball = path.join(work, packed);
  project = path.join(work, "app");
  mkdirSync(project);
  writeFileSync(
    path.join(project, "package.json"),
    JSON.stringify({ name: "app", private: true, type: "module", dependencies: { "error-atlas": `file:${tarball}` } }),
  );
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund"], { cwd: project, stdio: "pipe" });
  firstId = (
    JSON.parse(readFileSync(path.join(project, "node_modules/error-atlas/dist/data/index.json"), "utf8")) as {
      id: string;
    }[]
  )[0]!.id;
}, 300_000);

describe("the packed tarball", () => {
  it("holds the built package and nothing of the repository's tooling", () => {
    const listing = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" })
      .trim()
      .split("\n")
      .map((f) => f.replace(/^package\//, ""));
    for (const file of [
      "package.json",
      "README.md",
      "LICENSE",
      "dist/index.js",
      "dist/index.d.ts",
      "dist/lookup.js",
      "dist/internal.js",
      "dist/cli.js",
      "dist/mcp.js",
      "dist/data/entries.js",
      "dist/data/lookup-data.js",
      "dist/data/index.json",
      "schema/entry.schema.json",
    ]) {
      expect(listing, file).toContain(file);
    }
    expect(listing.some((f) => f.startsWith("dist/data/entries/") && f.endsWith(".json"))).toBe(true);
    expect(listing.some((f) => f.startsWith("dist/data/markdown/zh/"))).toBe(true);
    expect(listing.filter((f) => /^(src|test|site|entries|scripts)\//.test(f) || f.endsWith(".tsbuildinfo"))).toEqual(
      [],
    );
  });

  it("installs without pulling in any other package", () => {
    const installed = readdirSync(path.join(project, "node_modules")).flatMap((name) =>
      name.startsWith("@")
        ? readdirSync(path.join(project, "node_modules", name)).map((sub) => `${name}/${sub}`)
        : name.startsWith(".")
          ? []
          : [name],
    );
    expect(installed).toEqual(["error-atlas"]);
  });

  it("type-checks under tsc --strict, including a misuse that must fail, and runs", () => {
    writeFileSync(
      path.join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: "NodeNext",
          moduleResolution: "NodeNext",
          target: "ES2022",
          outDir: "out",
          skipLibCheck: false,
          types: [],
        },
        include: ["main.ts"],
      }),
    );
    writeFileSync(
      path.join(project, "main.ts"),
      `import { entries, getEntry, lookup, categories, types, localize, workaroundFigure, type Entry, type LookupHit } from "error-atlas";
import { lookup as lookupOnly, type LookupResult } from "error-atlas/lookup";
const first: Entry | undefined = getEntry(${JSON.stringify(firstId)});
const rate: number = first ? workaroundFigure(first.workarounds[0]!).rate : 0;
const hits: LookupHit[] = lookup(first?.examples[0] ?? "");
const light: LookupResult[] = lookupOnly(first?.examples[0] ?? "", { lang: "zh" });
const zh: string | undefined = first ? localize(first, "zh").title.text : undefined;
// @ts-expect-error: ids are strings, not numbers
getEntry(421);
console.log(JSON.stringify({ n: entries.length, rate, hit: hits[0]?.id, strength: hits[0]?.strength, light: light[0]?.title, zh, categories: categories.length, label: categories[0]?.label.zh, types: Object.keys(types).length }));
`,
    );
    node([path.join(repo, "node_modules/typescript/bin/tsc"), "-p", project], project);
    const out = JSON.parse(node(["out/main.js"], project));
    expect(out).toMatchObject({ hit: firstId, strength: "strong" });
    expect(out.n).toBeGreaterThan(100);
    expect(out.rate).toBeGreaterThan(0);
    expect(out.light).toContain("（");
    expect(out.label).toBeTruthy();
    expect(out.types).toBeGreaterThan(5);
  });

  it("serves each entry as JSON and as Markdown through the exports map, and is ESM only", () => {
    expect(
      node(
        [
          "--input-type=module",
          "-e",
          `import e from "error-atlas/entries/${firstId}.json" with { type: "json" }; console.log(e.id)`,
        ],
        project,
      ).trim(),
    ).toBe(firstId);
    const markdown = node(
      [
        "--input-type=module",
        "-e",
        `import { readFileSync } from "node:fs"; console.log(readFileSync(new URL(import.meta.resolve("error-atlas/markdown/zh/${firstId}.md")), "utf8"))`,
      ],
      project,
    );
    expect(markdown).toMatch(/^# /);
    const manifest = JSON.parse(readFileSync(path.join(project, "node_modules/error-atlas/package.json"), "utf8")) as {
      type: string;
      engines: { node: string };
      peerDependenciesMeta: Record<string, { optional: boolean }>;
    };
    expect(manifest.type).toBe("module");
    expect(manifest.engines.node).toBe(">=20.10");
    expect(Object.values(manifest.peerDependenciesMeta).every((p) => p.optional)).toBe(true);
  });

  it("exports exactly its intended surface, from each public entry point", () => {
    // A change to these lists is a change to the public API (see CHANGELOG.md's policy): make it on purpose.
    const exportsOf = (specifier: string) =>
      JSON.parse(
        node(
          [
            "--input-type=module",
            "-e",
            `console.log(JSON.stringify(Object.keys(await import("${specifier}")).sort()))`,
          ],
          project,
        ),
      ) as string[];
    expect(exportsOf("error-atlas")).toEqual([
      "categories",
      "composeTitle",
      "confidenceFigure",
      "deadEndFigure",
      "entries",
      "fixRateFigure",
      "getEntry",
      "languages",
      "localize",
      "lookup",
      "redirects",
      "sourceLanguage",
      "types",
      "workaroundFigure",
    ]);
    expect(exportsOf("error-atlas/lookup")).toEqual(["LookupEngine", "STRONG_LETTERS", "lookup"]);
    // The types: the public ones only, never the internal root type of the generated schema.
    const types = readFileSync(path.join(project, "node_modules/error-atlas/dist/index.d.ts"), "utf8");
    expect(types).not.toMatch(/export type \*/);
    expect(types).toMatch(/CompiledEntry as Entry/);
  });

  it("bundles the lookup subpath at under a tenth of a bundle that imports getEntry", async () => {
    writeFileSync(
      path.join(project, "light.js"),
      `import { lookup } from "error-atlas/lookup";\nconsole.log(lookup(process.argv[2] ?? "")[0]?.id);\n`,
    );
    writeFileSync(
      path.join(project, "full.js"),
      `import { getEntry } from "error-atlas";\nconsole.log(getEntry(process.argv[2] ?? "")?.title);\n`,
    );
    const size = async (entry: string) => {
      const result = await build({
        entryPoints: [path.join(project, entry)],
        bundle: true,
        minify: true,
        format: "esm",
        platform: "browser",
        write: false,
        absWorkingDir: project,
        logLevel: "silent",
      });
      return result.outputFiles[0]!.contents.byteLength;
    };
    const light = await size("light.js");
    const full = await size("full.js");
    console.log(
      `bundle sizes: lookup subpath ${light} B, main entry with getEntry ${full} B (${((light / full) * 100).toFixed(1)} %)`,
    );
    expect(light).toBeLessThan(full / 10);
  });
});
