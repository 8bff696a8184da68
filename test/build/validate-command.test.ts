import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { BASE_ENTRY, baseCatalog, writeCatalog } from "../helpers/catalog.js";

const run = (script: string, env: Record<string, string>, args: string[] = []) =>
  spawnSync(process.execPath, ["--import", "tsx", script, ...args], { encoding: "utf8", env: { ...process.env, ATLAS_TODAY: "2026-01-01", ...env } });

describe("npm run validate", () => {
  const broken = writeCatalog(
    baseCatalog({
      "net/sample-refused.md": BASE_ENTRY.replace("fix_rate: 0.7", "fix_rate: 7").replace("related: [net/other-entry]", "related: [net/ghost]"),
      "net/bad.md": "---\nid: [\n---\n",
    }),
  );

  it("prints every problem as file:line:col CODE message (hint), exits 1, no stack trace", () => {
    const result = run("scripts/validate.ts", { ATLAS_ENTRIES: broken });
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^\S+\.md:\d+:\d+ {2}EA\d{3} {2}.+ {2}\(.+\)$/);
    expect(result.stdout).toContain("net/sample-refused.md:9:11  EA003  fix_rate must be between 0 and 1");
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    expect(result.stderr).toContain("3 errors");
  });

  it("prints GitHub annotations with --format github", () => {
    const result = run("scripts/validate.ts", { ATLAS_ENTRIES: broken }, ["--format", "github"]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::error file=.+net\/sample-refused\.md,line=9,col=11,title=EA003 schema::EA003 fix_rate must be between 0 and 1 \(.+\)$/m);
  });

  it("exits 0 on a valid catalog and 2 on a bad option", () => {
    const good = writeCatalog(baseCatalog());
    expect(run("scripts/validate.ts", { ATLAS_ENTRIES: good }).status).toBe(0);
    const bad = run("scripts/validate.ts", { ATLAS_ENTRIES: good }, ["--format", "xml"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("unknown --format xml");
  });

  it("build:data refuses a broken catalog and names the problems", () => {
    const result = run("scripts/build-data.ts", { ATLAS_ENTRIES: broken, ATLAS_DATA_OUT: "/nonexistent/should-not-be-written" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("EA003");
    expect(result.stderr).toContain("left unchanged");
  });
});

describe("generated types", () => {
  it("are current with the schema", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/generate-types.ts", "--check"], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
