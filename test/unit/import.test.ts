import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importCanons, pythonRegexToJs, type Canon } from "../../src/authoring/import-deadends.js";

const canon = (id: string, over: Partial<Canon> = {}): Canon => ({
  id,
  url: `https://deadends.example/${id}`,
  error: { signature: "Widget failed: gear jammed", regex: "(?i)widget failed|gear.*jammed", domain: id.split("/")[0]!, category: "runtime_error", first_seen: "2024-01-01" },
  environment: { runtime: { name: "widgetd", version_range: ">=2.0" }, os: "linux" },
  verdict: { resolvable: "true", fix_success_rate: 0.8, confidence: 0.7, last_updated: "2024-06-01", summary: "The gear train jams when cold." },
  workarounds: [
    { action: "Warm up the widget", success_rate: 0.8, how: "widgetctl warm", sources: ["https://docs.example.org/warm"], condition: "" },
    { action: "Replace the gear", success_rate: 0.6, sources: ["https://мвд.рф/gears"], condition: "if warming fails" },
  ],
  dead_ends: [{ action: "Warm up the widget", why_fails: "Same words as a workaround, different advice.", fail_rate: 0.5, sources: [] }],
  transition_graph: { leads_to: [{ error_id: "gears/other/any" }], preceded_by: [{ error_id: "gears/unknown/any" }] },
  metadata: { generated_by: "test", review_status: "auto_generated" },
  ...over,
});

describe("Python regex → JavaScript", () => {
  it.each([
    ["(?i)abc", "abc", true, []],
    ["(?is)abc", "abc", true, ["(?s)"]],
    ["(?P<code>\\d+) (?P=code)", "(?<code>\\d+) \\k<code>", false, []],
    ["\\Aabc\\Z", "^abc$", false, []],
    ["a(?#comment)b", "ab", false, []],
    ["\\\\A literal backslash-A", "\\\\A literal backslash-A", false, []],
  ])("%s", (python, js, ignoreCase, dropped) => {
    expect(pythonRegexToJs(python)).toEqual({ regex: js, ignoreCase, dropped });
    expect(() => new RegExp(pythonRegexToJs(python).regex)).not.toThrow();
  });
});

describe("importing canons", () => {
  const { entries } = importCanons([canon("gears/jam/cold-linux"), canon("gears/jam/warm-linux"), canon("gears/other/any")], "Imported for a test.");
  const byId = new Map(entries.map((e) => [e.id, e.frontMatter as Record<string, any>]));

  it("keeps ids recognisable, with the environment where a slug has several", () => {
    expect([...byId.keys()]).toEqual(["gears/jam-cold-linux", "gears/jam-warm-linux", "gears/other"]);
  });

  it("maps the fields and keeps the source's case-insensitive matching", () => {
    const e = byId.get("gears/other")!;
    expect(e).toMatchObject({ title: "Widget failed: gear jammed", type: "runtime_error", provenance: "imported", fix_rate: 0.8, confidence: 0.7, first_seen: "2024-01-01", updated: "2024-06-01" });
    expect(e.signatures).toEqual([{ regex: "widget failed|gear.*jammed", ignore_case: true }, { literal: "Widget failed: gear jammed", ignore_case: true }]);
    expect(e.versions).toEqual([{ product: "widgetd", version: ">=2.0", status: "active", notes: "OS: linux" }]);
    expect(e.workarounds[1].text).toBe("Replace the gear (when: if warming fails)");
    expect(e.provenance_note).toContain("Imported for a test.");
  });

  it("gives workarounds and dead ends distinct ids, points evidence at them, and normalises international URLs", () => {
    const e = byId.get("gears/other")!;
    const ids = [...e.workarounds, ...e.dead_ends].map((i: { id: string }) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(e.evidence).toContainEqual({ kind: "source", url: "https://xn--b1aew.xn--p1ai/gears", target: ids[1] });
  });

  it("relates only to canons that were imported too", () => {
    expect(byId.get("gears/jam-cold-linux")!.related).toEqual(["gears/other"]);
  });

  it("writes files that validate, through the command", () => {
    const work = mkdtempSync(path.join(tmpdir(), "atlas-import-"));
    const input = path.join(work, "corpus.jsonl");
    writeFileSync(input, [canon("gears/jam/cold-linux"), canon("gears/other/any")].map((c) => JSON.stringify({ path: `data/canons/${c.id}.json`, canon: c })).join("\n"));
    const out = path.join(work, "out");
    const imported = spawnSync(process.execPath, ["--import", "tsx", "scripts/import-deadends.ts", input, out], { encoding: "utf8" });
    expect(imported.status, imported.stderr).toBe(0);
    expect(readFileSync(path.join(out, "gears/other.md"), "utf8")).toMatch(/^---\nid: gears\/other\n/);
    const validated = spawnSync(process.execPath, ["--import", "tsx", "scripts/validate.ts"], { encoding: "utf8", env: { ...process.env, ATLAS_ENTRIES: out } });
    expect(validated.stderr).toContain("✓ 2 entries");
    expect(validated.status).toBe(0);
  });

  it("refuses to write into entries/", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/import-deadends.ts", "x.jsonl", "entries/imported"], { encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("outside entries/");
  });
});
