/**
 * The commands as `npm run` starts them: from the prebuilt bundle
 * (scripts/tool.mjs), which must behave exactly like the TypeScript sources,
 * rebuild itself when a source changes, and parse large catalogs in two
 * threads with the same results as one.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

import { describe, expect, it } from "vitest";

import { writeSyntheticCatalog } from "../../scripts/synthetic-catalog.js";
import { getSchemas, STANDALONE_FILE } from "../../src/validate/schema.js";
import { tempDir } from "../helpers/cleanup.js";

const repo = path.resolve(import.meta.dirname, "../..");
const stampFile = path.join(repo, "node_modules/.cache/error-atlas-tools/stamp");
const env = { ...process.env, ATLAS_TODAY: "2026-11-30" };

const viaTool = (args: string[], extra: Record<string, string> = {}) =>
  spawnSync(process.execPath, [path.join(repo, "scripts/tool.mjs"), ...args], {
    cwd: repo,
    encoding: "utf8",
    env: { ...env, ...extra },
  });
const viaTsx = (script: string, args: string[], extra: Record<string, string> = {}) =>
  spawnSync(process.execPath, ["--import", "tsx", path.join(repo, "scripts", script), ...args], {
    cwd: repo,
    encoding: "utf8",
    env: { ...env, ...extra },
  });

describe("the tools' bundle", () => {
  it("validates a large catalog (parsed in two threads) exactly as the sources do (one thread)", () => {
    const root = path.join(tempDir("atlas-tools-"), "entries");
    writeSyntheticCatalog(400, root); // 800 files: above the two-thread threshold
    const first = readFileSync(path.join(root, "network/connection-resolve-0.md"), "utf8");
    writeFileSync(path.join(root, "network/connection-resolve-0.md"), first.replace(/^type: .*$/m, "type: [broken"));
    // Schema errors: the bundle checks them with the validators it wrote out as code, the sources compile theirs.
    const second = path.join(
      root,
      "cloud",
      readdirSync(path.join(root, "cloud")).find((f) => !f.endsWith(".zh.md"))!,
    );
    writeFileSync(
      second,
      readFileSync(second, "utf8").replace(/^provenance: .*$/m, "provenance: guess\nseverity: high"),
    );
    const last = path.join(root, "cloud/cursor-thread-399.zh.md");
    writeFileSync(last, `${readFileSync(last, "utf8")}\u0007`);
    const bundled = viaTool(["validate"], { ATLAS_ENTRIES: root, ATLAS_CACHE: tempDir("atlas-tools-cache-") });
    const sources = viaTsx("validate.ts", [], { ATLAS_ENTRIES: root, ATLAS_CACHE: tempDir("atlas-tools-cache-") });
    expect(bundled.status).toBe(1);
    expect(bundled.stdout).toBe(sources.stdout);
    expect(bundled.stdout).toMatch(/connection-resolve-0\.md:\d+:\d+ {2}EA001/);
    expect(bundled.stdout).toMatch(/cursor-thread-399\.zh\.md:\d+:\d+ {2}EA029/);
    expect(bundled.stdout.match(new RegExp(`${path.basename(second)}:\\d+:\\d+ {2}EA003`, "g"))).toHaveLength(2);
    expect(existsSync(path.join(repo, "node_modules/.cache/error-atlas-tools", STANDALONE_FILE))).toBe(true);
  });

  it("loads the schema validators it wrote out as code instead of compiling them", () => {
    expect(viaTool(["validate", "--help"]).status).toBe(0);
    // ajv's compiled validators carry their schema environment; written-out code does not.
    const probe = spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `const { getSchemas } = await import(${JSON.stringify(pathToFileURL(path.join(path.dirname(stampFile), "schema-code.js")).href)});
        const { entry, translation } = getSchemas();
        console.log(JSON.stringify(["schemaEnv" in entry, "schemaEnv" in translation]));`,
      ],
      { cwd: repo, encoding: "utf8" },
    );
    expect(probe.stderr).toBe("");
    expect(JSON.parse(probe.stdout)).toEqual([false, false]);
    expect("schemaEnv" in getSchemas().entry).toBe(true); // the sources compile theirs
  });

  it("rebuilds itself when a source file changes, and only then", () => {
    expect(viaTool(["validate", "--help"]).status).toBe(0);
    const before = readFileSync(stampFile, "utf8");
    const built = statSync(stampFile).mtimeMs;
    expect(viaTool(["validate", "--help"]).status).toBe(0);
    expect(statSync(stampFile).mtimeMs).toBe(built);
    const source = path.join(repo, "src/shared/placeholder.ts");
    const now = new Date();
    utimesSync(source, now, now);
    expect(viaTool(["validate", "--help"]).status).toBe(0);
    expect(readFileSync(stampFile, "utf8")).not.toBe(before);
    // The site build bundles the page-data modules of site/src/data: an edit there counts too.
    const rebuilt = readFileSync(stampFile, "utf8");
    const later = new Date(now.getTime() + 2000);
    utimesSync(path.join(repo, "site/src/data/entry.ts"), later, later);
    expect(viaTool(["validate", "--help"]).status).toBe(0);
    expect(readFileSync(stampFile, "utf8")).not.toBe(rebuilt);
  });

  it("runs every command package.json gives it, each answering --help", () => {
    const scripts = Object.values(JSON.parse(readFileSync(path.join(repo, "package.json"), "utf8")).scripts);
    const commands = new Set(
      scripts.flatMap((s) => [...String(s).matchAll(/node scripts\/tool\.mjs ([\w-]+)/g)].map((m) => m[1]!)),
    );
    expect(commands.size).toBeGreaterThan(10);
    // A script that read its arguments when loaded, not in main(), saw the command's name and failed here.
    const failed = [...commands].filter((command) => {
      const result = viaTool([command, "--help"]);
      return result.status !== 0 || !result.stdout.startsWith("usage:");
    });
    expect(failed).toEqual([]);
  });

  it("refuses an unknown command with exit 2", () => {
    const result = viaTool(["no-such-command"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("usage: node scripts/tool.mjs");
  });
});
