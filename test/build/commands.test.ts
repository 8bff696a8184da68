/**
 * One process-level smoke test per command (the in-process tests call their
 * `main`): each runs as `npm run` runs it, parses its arguments strictly and
 * exits with the documented status.
 */
import { spawnSync } from "node:child_process";

import { describe, expect, it } from "vitest";

import { baseCatalog, OTHER_ENTRY, writeCatalog } from "../helpers/catalog.js";

const run = (script: string, args: string[] = [], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    encoding: "utf8",
    env: { ...process.env, ATLAS_TODAY: "2026-01-01", ...env },
  });

describe("npm run validate", () => {
  const broken = writeCatalog(
    baseCatalog({
      "net/other-entry.md": OTHER_ENTRY.replace("fix_rate: 0.7", "fix_rate: 7").replace(
        "related: [net/sample-refused, net/third-entry]",
        "related: [net/ghost, net/third-entry]",
      ),
      "net/bad.md": "---\nid: [\n---\n",
    }),
  );

  it("prints every problem as file:line:col CODE message (hint), exits 1, no stack trace", () => {
    const result = run("scripts/validate.ts", [], { ATLAS_ENTRIES: broken });
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^\S+\.md:\d+:\d+ {2}EA\d{3} {2}.+ {2}\(.+\)$/);
    expect(result.stdout).toContain("net/other-entry.md:7:11  EA003  fix_rate must be between 0 and 1");
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    expect(result.stderr).toContain("3 errors");
  });

  it("prints GitHub annotations with --format github (and --format=github)", () => {
    for (const args of [["--format", "github"], ["--format=github"]]) {
      const result = run("scripts/validate.ts", args, { ATLAS_ENTRIES: broken });
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(
        /^::error file=.+net\/other-entry\.md,line=7,col=11,title=EA003 schema::EA003 fix_rate must be between 0 and 1 \(.+\)$/m,
      );
    }
  });

  it("exits 0 on a valid catalog, and 2 on an unknown option, a bad value or a missing one", () => {
    const good = writeCatalog(baseCatalog());
    expect(run("scripts/validate.ts", [], { ATLAS_ENTRIES: good }).status).toBe(0);
    for (const [args, message] of [
      [["--fromat", "github"], "Unknown option '--fromat'"],
      [["--format", "xml"], "--format must be one of text, github"],
      [["--base"], "Option '--base <value>' argument missing"],
    ] as const) {
      const result = run("scripts/validate.ts", [...args], { ATLAS_ENTRIES: good });
      expect(result.status, args.join(" ")).toBe(2);
      expect(result.stderr).toContain(message);
    }
  });
});

describe("npm run build:data", () => {
  it("refuses a broken catalog, names the problems and writes nothing", () => {
    const broken = writeCatalog(baseCatalog({ "net/bad.md": "---\nid: [\n---\n" }));
    const result = run("scripts/build-data.ts", [], {
      ATLAS_ENTRIES: broken,
      ATLAS_DATA_OUT: "/nonexistent/should-not-be-written",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("EA001");
    expect(result.stderr).toContain("left unchanged");
  });
});

describe("npm run build:site --merge", () => {
  it("names a shard folder that does not exist, such as one cut at a comma in its name, and exits 2", () => {
    const result = run("scripts/build-site.ts", ["--merge", "/nonexistent/shards (1,2)/a"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/no shard output at \/nonexistent\/shards \(1, \S*2\)\/a /);
    expect(result.stderr).toContain("separated by commas");
  });
});

describe("every command", () => {
  it.each([
    "scripts/validate.ts",
    "scripts/build.ts",
    "scripts/build-data.ts",
    "scripts/build-site.ts",
    "scripts/new.ts",
    "scripts/i18n.ts",
    "scripts/outcomes-apply.ts",
    "scripts/import-deadends.ts",
    "scripts/generate-docs.ts",
    "scripts/bench.ts",
    "scripts/synthetic-catalog.ts",
    "scripts/serve-site.ts",
  ])("%s answers --help and refuses an unknown option with exit 2", (script) => {
    const help = run(script, ["--help"]);
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/usage: /);
    const wrong = run(script, ["--no-such-option"]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("Unknown option '--no-such-option'");
  });
});

describe("generated files", () => {
  it.each([["scripts/generate-types.ts"], ["scripts/generate-docs.ts"]])(
    "%s --check says they are current",
    (script) => {
      const result = run(script, ["--check"]);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
    },
  );
});
