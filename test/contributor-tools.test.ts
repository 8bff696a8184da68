import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileCatalog } from "../src/compile/index.js";
import { wilson } from "../src/compile/figures.js";
import { BASE_ENTRY, baseCatalog, writeCatalog } from "./helpers/catalog.js";

const run = (script: string, root: string, args: string[] = []) =>
  spawnSync(process.execPath, ["--import", "tsx", script, ...args], { encoding: "utf8", env: { ...process.env, ATLAS_ENTRIES: root, ATLAS_TODAY: "2026-01-01" } });

describe("npm run new", () => {
  it("scaffolds an entry and its translation that fail validation until every placeholder is filled", () => {
    const root = writeCatalog(baseCatalog());
    const created = run("scripts/new.ts", root, ["dns/sample-servfail"]);
    expect(created.status).toBe(0);
    expect(existsSync(path.join(root, "dns/sample-servfail.md"))).toBe(true);
    expect(existsSync(path.join(root, "dns/sample-servfail.zh.md"))).toBe(true);
    const validation = run("scripts/validate.ts", root);
    expect(validation.status).toBe(1);
    const codes = new Set(validation.stdout.trim().split("\n").map((line) => line.split(/\s{2}/)[1]));
    expect([...codes]).toEqual(["EA018"]);
    expect(validation.stdout).toMatch(/dns\/sample-servfail\.md:3:8 {2}EA018 {2}title is still a placeholder {2}\(the error text exactly as the software prints it\)/);
    expect(validation.stdout).toContain("dns/sample-servfail.zh.md");
  });

  it.each([
    [["net/sample-refused"], "already exists"],
    [["Net/Bad_Slug"], "not a valid id"],
    [["net/a--b"], "not a valid id"],
    [["net/old-name"], "redirects to net/sample-refused"],
    [[], "usage"],
  ])("refuses %j", (args, message) => {
    const root = writeCatalog(baseCatalog({ "redirects.yaml": "net/old-name: net/sample-refused\n" }));
    const result = run("scripts/new.ts", root, args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("npm run i18n", () => {
  const report = (root: string) => JSON.parse(run("scripts/i18n.ts", root, ["--json"]).stdout).zh;

  it("counts missing fields and, once reviewed, reports a field as outdated exactly when its English changes", () => {
    const root = writeCatalog(baseCatalog());
    const before = report(root);
    const sample = before.entries.find((e: { id: string }) => e.id === "net/sample-refused");
    expect(sample.missing).toEqual(["workarounds.check-port"]);
    expect(sample.outdated).toContain("title");

    expect(run("scripts/i18n.ts", root, ["--mark-reviewed", "net/sample-refused"]).status).toBe(0);
    expect(readFileSync(path.join(root, "net/sample-refused.zh.md"), "utf8")).toMatch(/translated_from:\n {2}title: "[0-9a-f]{8}"/);
    const reviewed = report(root).entries.find((e: { id: string }) => e.id === "net/sample-refused");
    expect(reviewed.outdated).toEqual([]);

    // Re-wrapping the English is not a change; rewording it is.
    const file = path.join(root, "net/sample-refused.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("    text: Start the server.", "    text: >-\n      Start the\n      server."));
    expect(report(root).entries.find((e: { id: string }) => e.id === "net/sample-refused")?.outdated ?? []).toEqual([]);
    writeFileSync(file, readFileSync(file, "utf8").replace("Start the\n      server.", "Start the database server."));
    expect(report(root).entries.find((e: { id: string }) => e.id === "net/sample-refused").outdated).toEqual(["workarounds.start-server"]);
  });

  it("prints a human summary and fails with --strict when work is left", () => {
    const root = writeCatalog(baseCatalog());
    const result = run("scripts/i18n.ts", root);
    expect(result.stdout).toMatch(/^zh: \d+\.\d% of \d+ fields translated/);
    expect(result.stdout).toContain("net/sample-refused: missing workarounds.check-port");
    expect(run("scripts/i18n.ts", root, ["--strict"]).status).toBe(1);
  });
});

describe("npm run outcomes:apply", () => {
  const good = (over: Record<string, string> = {}) => JSON.stringify({ entry: "net/sample-refused", target: "start-server", result: "success", date: "2025-06-01", source: "https://github.com/error-atlas/error-atlas/issues/10", ...over });

  it("merges good reports into the evidence, rejects bad ones with reasons, and the figures follow", async () => {
    const root = writeCatalog(baseCatalog({ "redirects.yaml": "net/old-name: net/sample-refused\n" }));
    const reports = [
      good(),
      good({ result: "failure", source: "https://github.com/error-atlas/error-atlas/issues/11" }),
      good({ entry: "net/old-name", source: "https://github.com/error-atlas/error-atlas/issues/12" }),
      good(), // duplicate of the first
      good({ entry: "net/nope" }),
      good({ target: "ghost", source: "https://x.example.org/1" }),
      good({ result: "maybe", source: "https://x.example.org/2" }),
      good({ date: "2025-02-30", source: "https://x.example.org/3" }),
      good({ date: "2099-01-01", source: "https://x.example.org/4" }),
      good({ date: "2024-01-01", source: "https://x.example.org/5" }),
      good({ source: "javascript:alert(1)" }),
      "{ not json",
    ].join("\n");
    const input = path.join(root, "..", `${path.basename(root)}-reports.jsonl`);
    writeFileSync(input, reports);
    const result = run("scripts/outcomes-apply.ts", root, [input]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("net/sample-refused: +3 outcome report(s)");
    const rejected = result.stderr.split("\n").filter((l) => l.includes("rejected:"));
    expect(rejected.map((l) => Number(/:(\d+) {2}rejected/.exec(l)![1]))).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(result.stderr).toContain("duplicate");
    expect(result.stderr).toContain("before the entry's first_seen");
    expect(readFileSync(path.join(root, "net/sample-refused.md"), "utf8")).toContain(
      '  - { kind: outcome, target: start-server, result: failure, date: 2025-06-01, source: "https://github.com/error-atlas/error-atlas/issues/11" }',
    );

    const compiled = await compileCatalog(root, { today: "2026-01-01" });
    if (!compiled.ok) throw new Error(compiled.problems.map((p) => p.message).join("\n"));
    const entry = compiled.entries.find((e) => e.id === "net/sample-refused")!;
    expect(entry.workarounds[0]!.measured).toEqual(wilson(2, 3));
    expect(entry.evidence_count).toBe(4);
    expect(entry.confidence_basis).toBe("evidence");
  });

  it("turns an empty flow list into a block list", () => {
    const root = writeCatalog(baseCatalog({ "net/sample-refused.md": BASE_ENTRY.replace(/evidence:\n.*\n/, "evidence: []\n") }));
    const input = path.join(root, "..", `${path.basename(root)}-one.jsonl`);
    writeFileSync(input, good());
    expect(run("scripts/outcomes-apply.ts", root, [input]).status).toBe(0);
    expect(readFileSync(path.join(root, "net/sample-refused.md"), "utf8")).toMatch(/evidence:\n {2}- \{ kind: outcome, target: start-server/);
  });
});
