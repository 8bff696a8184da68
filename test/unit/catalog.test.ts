import { beforeAll, describe, expect, it } from "vitest";
import { compileCatalog } from "../../src/compile/index.js";
import { buildLookupIndex } from "../../src/shared/lookup-index.js";
import { LookupEngine } from "../../src/lookup/engine.js";
import { compileSignature } from "../../src/shared/signatures.js";
import type { CompiledEntry } from "../../src/types/schema.js";
import type { Problem } from "../../src/shared/problem.js";

// The repository's own catalog, compiled in-process (no build needed).
let entries: CompiledEntry[];
let warnings: Problem[];

beforeAll(async () => {
  const result = await compileCatalog("entries");
  if (!result.ok) throw new Error(`entries/ does not validate:\n${result.problems.map((p) => `${p.file}:${p.line} ${p.code} ${p.message}`).join("\n")}`);
  entries = result.entries;
  warnings = result.warnings;
});

describe("the catalog", () => {
  it("validates without warnings", () => {
    expect(warnings.map((p) => `${p.file}:${p.line} ${p.code} ${p.message}`)).toEqual([]);
  });

  it("has at least 100 entries in at least 10 categories", () => {
    expect(entries.length).toBeGreaterThanOrEqual(100);
    expect(new Set(entries.map((e) => e.category)).size).toBeGreaterThanOrEqual(10);
  });

  it("finds every entry first from each of its own example lines", () => {
    const engine = new LookupEngine(buildLookupIndex(entries));
    const misses: string[] = [];
    for (const entry of entries) {
      for (const example of entry.examples) {
        const first = engine.lookup(example, { limit: 1 })[0];
        if (first?.id !== entry.id) misses.push(`${entry.id} ← ${first?.id ?? "nothing"}: ${example.slice(0, 100)}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it("has no signature that matches another entry's example", () => {
    const captures: string[] = [];
    for (const owner of entries) {
      for (const signature of owner.signatures) {
        const regex = compileSignature(signature) as RegExp;
        for (const other of entries) {
          if (other.id === owner.id) continue;
          for (const example of other.examples) if (regex.test(example)) captures.push(`${owner.id} /${signature.regex}/ captures ${other.id}: ${example.slice(0, 80)}`);
        }
      }
    }
    expect(captures).toEqual([]);
  });

  it("gives every entry what a reader needs: 2–4 examples, docs, versions, two workarounds, a dead end", () => {
    const short: string[] = [];
    for (const e of entries) {
      if (e.examples.length < 2 || e.examples.length > 4) short.push(`${e.id}: ${e.examples.length} examples`);
      if (!e.docs.length) short.push(`${e.id}: no docs`);
      if (!e.versions.length) short.push(`${e.id}: no versions`);
      if (e.workarounds.length < 2) short.push(`${e.id}: ${e.workarounds.length} workaround(s)`);
      if (!e.dead_ends.length) short.push(`${e.id}: no dead end`);
      if (!e.provenance_note) short.push(`${e.id}: no provenance note`);
      for (const d of e.docs) if (!d.url.startsWith("https://") && !d.url.startsWith("http://")) short.push(`${e.id}: doc ${d.url}`);
    }
    expect(short).toEqual([]);
  });

  it("translates every entry completely into Chinese, with reviewed source hashes", () => {
    const incomplete = entries.filter((e) => e.translations.zh!.status.missing.length || e.translations.zh!.status.outdated.length).map((e) => e.id);
    expect(incomplete).toEqual([]);
  });
});
