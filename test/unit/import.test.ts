import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { main as importDeadends } from "../../scripts/import-deadends.js";
import { main as validate } from "../../scripts/validate.js";
import { type Canon, genericTitle, importCanons, pythonRegexToJs } from "../../src/authoring/import-deadends.js";
import { tempDir } from "../helpers/cleanup.js";
import { runMain } from "../helpers/run.js";

const canon = (id: string, over: Partial<Canon> = {}): Canon => ({
  id,
  url: `https://deadends.example/${id}`,
  error: {
    signature: "Widget failed: gear jammed",
    regex: "(?i)widget failed|gear.*jammed",
    domain: id.split("/")[0]!,
    category: "runtime_error",
    first_seen: "2024-01-01",
  },
  environment: { runtime: { name: "widgetd", version_range: ">=2.0" }, os: "linux" },
  verdict: {
    resolvable: "true",
    fix_success_rate: 0.8,
    confidence: 0.7,
    last_updated: "2024-06-01",
    summary: "The gear train jams when cold.",
  },
  workarounds: [
    {
      action: "Warm up the widget",
      success_rate: 0.8,
      how: "widgetctl warm",
      sources: ["https://docs.example.org/warm"],
      condition: "",
    },
    { action: "Replace the gear", success_rate: 0.6, sources: ["https://мвд.рф/gears"], condition: "if warming fails" },
  ],
  dead_ends: [
    {
      action: "Warm up the widget",
      why_fails: "Same words as a workaround, different advice.",
      fail_rate: 0.5,
      sources: [],
    },
  ],
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
  const { entries } = importCanons(
    [canon("gears/jam/cold-linux"), canon("gears/jam/warm-linux"), canon("gears/other/any")],
    "Imported for a test.",
  );
  const byId = new Map(entries.map((e) => [e.id, e.frontMatter as Record<string, any>]));

  it("keeps ids recognisable, with the environment where a slug has several", () => {
    expect([...byId.keys()]).toEqual(["gears/jam-cold-linux", "gears/jam-warm-linux", "gears/other"]);
  });

  it("maps the fields and keeps the source's case-insensitive matching", () => {
    const e = byId.get("gears/other")!;
    expect(e).toMatchObject({
      title: "Widget failed: gear jammed",
      type: "runtime_error",
      provenance: "imported",
      fix_rate: 0.8,
      confidence: 0.7,
    });
    expect(e.fix_rate_basis).toContain("deadends.dev");
    // The catalog page is the dated record: untargeted with the first-seen date, targeted at every item with the last update.
    expect(e.evidence[0]).toEqual({
      kind: "source",
      url: "https://deadends.example/gears/other/any",
      title: "deadends.dev: Widget failed: gear jammed",
      date: "2024-01-01",
    });
    expect(e.evidence.at(-1)).toMatchObject({
      date: "2024-06-01",
      target: [...e.workarounds, ...e.dead_ends].map((i: { id: string }) => i.id),
    });
    expect(e).not.toHaveProperty("first_seen");
    expect(e).not.toHaveProperty("updated");
    expect(e.signatures).toEqual([
      { regex: "widget failed|gear.*jammed", ignore_case: true },
      { literal: "Widget failed: gear jammed", ignore_case: true },
    ]);
    expect(e.versions).toEqual([{ product: "widgetd", version: ">=2.0", status: "active", notes: "OS: linux" }]);
    expect(e.workarounds[1].text).toBe("Replace the gear (when: if warming fails)");
    expect(e.provenance_note).toContain("Imported for a test.");
  });

  it("gives workarounds and dead ends distinct ids and bases, and normalises international URLs", () => {
    const e = byId.get("gears/other")!;
    const ids = [...e.workarounds, ...e.dead_ends].map((i: { id: string }) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of [...e.workarounds, ...e.dead_ends]) expect(item.basis).toContain("deadends.dev");
    expect(e.evidence).toContainEqual({
      kind: "source",
      url: "https://xn--b1aew.xn--p1ai/gears",
      title: "https://xn--b1aew.xn--p1ai/gears",
    });
  });

  it("relates to canons that were imported too, filled up to two from the same domain", () => {
    expect(byId.get("gears/jam-cold-linux")!.related).toEqual(["gears/other", "gears/jam-warm-linux"]);
  });

  it("finds a trace-shaped signature by its first line, as the line-by-line lookup reads logs", () => {
    const trace = "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan send]:\nmain.main()";
    const [entry] = importCanons(
      [canon("gears/trace/any", { error: { ...canon("gears/trace/any").error, signature: trace } })],
      "",
    ).entries;
    const front = entry!.frontMatter as Record<string, any>;
    expect(front.examples).toEqual(["fatal error: all goroutines are asleep - deadlock!"]);
    expect(front.signatures[1]).toEqual({
      literal: "fatal error: all goroutines are asleep - deadlock!",
      ignore_case: true,
    });
  });

  it("makes titles generic and short enough", () => {
    expect(genericTitle("Bind for 0.0.0.0:8080 failed: port is already allocated")).toBe(
      "Bind for <value> failed: port is already allocated",
    );
    expect([...genericTitle("x".repeat(10) + " word".repeat(30))].length).toBeLessThanOrEqual(64);
  });

  it("writes files that validate, through the command", async () => {
    const work = tempDir("atlas-import-");
    const input = path.join(work, "corpus.jsonl");
    const distinct = (id: string, words: string) =>
      canon(id, {
        error: { ...canon(id).error, signature: `Widget failed: ${words}`, regex: `widget failed: ${words}` },
      });
    const canons = [
      distinct("gears/jam/cold-linux", "gear jammed"),
      distinct("gears/other/any", "spring snapped"),
      distinct("gears/third/any", "axle bent"),
    ];
    writeFileSync(input, canons.map((c) => JSON.stringify({ path: `data/canons/${c.id}.json`, canon: c })).join("\n"));
    const out = path.join(work, "out");
    const imported = await runMain(importDeadends, [input, out]);
    expect(imported.status, imported.stderr).toBe(0);
    expect(readFileSync(path.join(out, "gears/other.md"), "utf8")).toMatch(/^---\nid: gears\/other\n/);
    const validated = await runMain(validate, [], { ATLAS_ENTRIES: out });
    expect(validated.stdout).toBe("");
    expect(validated.stderr).toContain("✓ 3 entries");
    expect(validated.status).toBe(0);
  });

  it("refuses to write into entries/", async () => {
    const result = await runMain(importDeadends, ["x.jsonl", "entries/imported"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("outside entries/");
  });
});
