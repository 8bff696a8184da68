import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { main as i18n } from "../../scripts/i18n.js";
import { main as newEntry } from "../../scripts/new.js";
import { main as outcomesApply } from "../../scripts/outcomes-apply.js";
import { main as validate } from "../../scripts/validate.js";
import { wilson } from "../../src/compile/figures.js";
import { compileCatalog } from "../../src/compile/index.js";
import { baseCatalog, OTHER_ENTRY, writeCatalog } from "../helpers/catalog.js";
import { runMain } from "../helpers/run.js";

const commands = {
  "scripts/new.ts": newEntry,
  "scripts/validate.ts": validate,
  "scripts/i18n.ts": i18n,
  "scripts/outcomes-apply.ts": outcomesApply,
};
const run = (script: keyof typeof commands, root: string, args: string[] = []) =>
  runMain(commands[script], args, { ATLAS_ENTRIES: root, ATLAS_TODAY: "2026-01-01" });

describe("npm run new", () => {
  it("scaffolds an entry and its translation that fail validation until every placeholder is filled", async () => {
    const root = writeCatalog(baseCatalog());
    const created = await run("scripts/new.ts", root, ["net/sample-servfail"]);
    expect(created.status).toBe(0);
    expect(existsSync(path.join(root, "net/sample-servfail.md"))).toBe(true);
    expect(existsSync(path.join(root, "net/sample-servfail.zh.md"))).toBe(true);
    const validation = await run("scripts/validate.ts", root);
    expect(validation.status).toBe(1);
    const codes = new Set(
      validation.stdout
        .trim()
        .split("\n")
        .map((line) => line.split(/\s{2}/)[1]),
    );
    expect([...codes]).toEqual(["EA018"]);
    expect(validation.stdout).toMatch(
      /net\/sample-servfail\.md:3:8 {2}EA018 {2}title is still a placeholder {2}\(the error text as printed, with placeholders/,
    );
    expect(validation.stdout).toContain("net/sample-servfail.zh.md");
  });

  it("lists the categories, refuses an unknown one with a suggestion, and registers a new one only when asked", async () => {
    const root = writeCatalog(baseCatalog());
    const help = await run("scripts/new.ts", root, ["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Categories (entries/categories.yaml): net");
    const typo = await run("scripts/new.ts", root, ["nett/sample"]);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain("did you mean `net`?");
    expect(existsSync(path.join(root, "nett"))).toBe(false);
    const created = await run("scripts/new.ts", root, ["mail/sample", "--new-category"]);
    expect(created.status).toBe(0);
    expect(readFileSync(path.join(root, "categories.yaml"), "utf8")).toMatch(
      /\nmail:\n {2}label:\n {4}en: "TODO\(atlas\)/,
    );
    // The new category's placeholders fail validation until filled in.
    expect((await run("scripts/validate.ts", root)).stdout).toMatch(/categories\.yaml:\d+:\d+ {2}EA021/);
  });

  it.each([
    [["net/sample-refused"], "already exists"],
    [["Net/Bad_Slug"], "not a valid id"],
    [["net/a--b"], "not a valid id"],
    [["net/old-name"], "redirects to net/sample-refused"],
    [[], "usage"],
    [["--frobnicate", "net/x"], "Unknown option '--frobnicate'"],
  ])("refuses %j", async (args, message) => {
    const root = writeCatalog(baseCatalog({ "redirects.yaml": "net/old-name: net/sample-refused\n" }));
    const result = await run("scripts/new.ts", root, args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("npm run i18n", () => {
  const report = async (root: string) => JSON.parse((await run("scripts/i18n.ts", root, ["--json"])).stdout).zh;

  it("counts missing fields and, once reviewed, reports a field as outdated exactly when its English changes", async () => {
    const root = writeCatalog(baseCatalog());
    const before = await report(root);
    const sample = before.entries.find((e: { id: string }) => e.id === "net/sample-refused");
    expect(sample.missing).toEqual([
      "workarounds.check-port",
      "basis.start-server",
      "basis.check-port",
      "basis.reboot",
      "fix_rate_basis",
    ]);
    expect(sample.outdated).toContain("title");

    expect((await run("scripts/i18n.ts", root, ["--mark-reviewed", "net/sample-refused"])).status).toBe(0);
    expect(readFileSync(path.join(root, "net/sample-refused.zh.md"), "utf8")).toMatch(
      /translated_from:\n {2}title: "[0-9a-f]{8}"/,
    );
    const reviewed = (await report(root)).entries.find((e: { id: string }) => e.id === "net/sample-refused");
    expect(reviewed.outdated).toEqual([]);

    // Re-wrapping the English is not a change; rewording it is.
    const file = path.join(root, "net/sample-refused.md");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace("    text: Start the server.", "    text: >-\n      Start the\n      server."),
    );
    expect(
      (await report(root)).entries.find((e: { id: string }) => e.id === "net/sample-refused")?.outdated ?? [],
    ).toEqual([]);
    writeFileSync(file, readFileSync(file, "utf8").replace("Start the\n      server.", "Start the database server."));
    expect((await report(root)).entries.find((e: { id: string }) => e.id === "net/sample-refused").outdated).toEqual([
      "workarounds.start-server",
    ]);
  });

  it("prints a human summary and fails with --strict when work is left", async () => {
    const root = writeCatalog(baseCatalog());
    const result = await run("scripts/i18n.ts", root);
    expect(result.stdout).toMatch(/^zh: \d+\.\d% of \d+ fields translated/);
    expect(result.stdout).toContain("net/sample-refused: missing workarounds.check-port");
    expect((await run("scripts/i18n.ts", root, ["--strict"])).status).toBe(1);
  });

  it("marks one entry reviewed even while another entry of the catalog is broken", async () => {
    const root = writeCatalog(
      baseCatalog({ "net/other-entry.md": OTHER_ENTRY.replace("fix_rate: 0.7", "fix_rate: 7") }),
    );
    expect((await run("scripts/i18n.ts", root, ["--mark-reviewed", "net/sample-refused"])).status).toBe(0);
    expect((await run("scripts/i18n.ts", root, ["--mark-reviewed", "net/other-entry"])).status).toBe(1);
  });
});

describe("npm run outcomes:apply", () => {
  const good = (over: Record<string, string> = {}) =>
    JSON.stringify({
      entry: "net/sample-refused",
      target: "start-server",
      result: "success",
      date: "2025-06-01",
      source: "https://github.com/error-atlas/error-atlas/issues/10",
      ...over,
    });

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
    const result = await run("scripts/outcomes-apply.ts", root, [input]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("net/sample-refused: +3 outcome report(s)");
    const rejected = result.stderr.split("\n").filter((l) => l.includes("rejected:"));
    expect(rejected.map((l) => Number(/:(\d+) {2}rejected/.exec(l)![1]))).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(result.stderr).toContain("duplicate");
    expect(result.stderr).toContain("before the earliest cited record of the error");
    expect(readFileSync(path.join(root, "net/sample-refused.md"), "utf8")).toContain(
      '  - { kind: outcome, target: start-server, result: failure, date: 2025-06-01, source: "https://github.com/error-atlas/error-atlas/issues/11" }',
    );

    const compiled = await compileCatalog(root, { today: "2026-01-01" });
    if (!compiled.ok) throw new Error(compiled.problems.map((p) => p.message).join("\n"));
    const entry = compiled.entries.find((e) => e.id === "net/sample-refused")!;
    expect(entry.workarounds[0]!.measured).toEqual(wilson(2, 3));
    expect(entry.evidence_count).toBe(5);
    expect(entry.confidence_kind).toBe("measured");
  });

  it("appends to a flow list by rewriting it as a block list", async () => {
    const root = writeCatalog(baseCatalog());
    const input = path.join(root, "..", `${path.basename(root)}-one.jsonl`);
    writeFileSync(input, good());
    expect((await run("scripts/outcomes-apply.ts", root, [input])).status).toBe(0);
    // The report goes at the end of the evidence list, in the list's own block style.
    expect(readFileSync(path.join(root, "net/sample-refused.md"), "utf8")).toMatch(
      /target: \[check-port, reboot\] \}\n {2}- \{ kind: outcome, target: start-server, result: success, date: 2025-06-01/,
    );
  });
});
