/**
 * The repository's own catalog, compiled in-process (no build needed): it
 * validates cleanly, and the lookup the package ships finds every entry from
 * its own examples, strongly, while ordinary log prose with numbers in it
 * finds nothing strong.
 */
import { beforeAll, describe, expect, it } from "vitest";

import { compileCatalog } from "../../src/compile/index.js";
import { loadCatalog } from "../../src/load/index.js";
import { asciiLower } from "../../src/lookup/ascii.js";
import { LookupEngine, mayMatch } from "../../src/lookup/engine.js";
import { targetsOf } from "../../src/runtime/evidence.js";
import { buildLookupIndex } from "../../src/shared/lookup-index.js";
import type { Problem } from "../../src/shared/problem.js";
import { compileSignature } from "../../src/shared/signatures.js";
import type { CompiledEntry } from "../../src/types/schema.js";

let entries: CompiledEntry[];
let warnings: Problem[];
let engine: LookupEngine;
/** Each entry's declared overlaps (validation metadata, not part of the compiled entry). */
const overlaps = new Map<string, string[]>();

beforeAll(async () => {
  const result = await compileCatalog("entries");
  if (!result.ok) {
    throw new Error(
      `entries/ does not validate:\n${result.problems.map((p) => `${p.file}:${p.line} ${p.code} ${p.message}`).join("\n")}`,
    );
  }
  entries = result.entries;
  warnings = result.warnings;
  engine = new LookupEngine(buildLookupIndex(entries));
  for (const entry of loadCatalog("entries").entries) {
    overlaps.set(entry.id, (entry.source.data as { overlaps?: string[] }).overlaps ?? []);
  }
}, 60_000);

describe("the catalog", () => {
  it("validates without warnings", () => {
    expect(warnings.map((p) => `${p.file}:${p.line} ${p.code} ${p.message}`)).toEqual([]);
  });

  it("pins in every example line a signature matches the literal runs the lookup checks before running it", () => {
    const missed: string[] = [];
    const index = buildLookupIndex(entries);
    for (const signature of index.signatures) {
      const entry = entries[signature.e]!;
      const regex = compileSignature({ regex: signature.r, ignore_case: signature.i }) as RegExp;
      const prepared = {
        alternatives: signature.a.map(([runs, weight]) => [runs, weight, 0] as [string[], number, number]),
      };
      for (const line of entry.examples.flatMap((example) => example.split("\n"))) {
        if (regex.test(line) && !mayMatch(prepared, asciiLower(line), 0, line.length)) {
          missed.push(`${entry.id} signature ${signature.s}: ${line}`);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it("has at least 1,700 entries in at least 59 categories", () => {
    expect(entries.length).toBeGreaterThanOrEqual(1700);
    expect(new Set(entries.map((e) => e.category)).size).toBeGreaterThanOrEqual(59);
  });

  it("cites a dated record for every workaround and dead end", () => {
    const unsourced: string[] = [];
    for (const entry of entries) {
      for (const item of [...entry.workarounds, ...entry.dead_ends]) {
        const cited = entry.evidence.some((e) => e.kind !== "outcome" && e.date && targetsOf(e).includes(item.id));
        if (!cited) unsourced.push(`${entry.id}#${item.id}`);
        if (!item.basis) unsourced.push(`${entry.id}#${item.id} (no basis)`);
      }
    }
    expect(unsourced).toEqual([]);
  });

  it("dates first_seen by a cited record or leaves it unknown, never by the day the entry was written", () => {
    for (const entry of entries) {
      if (entry.first_seen === undefined) continue;
      expect(
        entry.evidence.some((e) => e.kind !== "outcome" && e.date === entry.first_seen),
        entry.id,
      ).toBe(true);
    }
  });

  it("relates every entry to at least two others", () => {
    expect(entries.filter((e) => e.related.length < 2).map((e) => e.id)).toEqual([]);
  });

  it("translates every entry completely into Chinese, with reviewed source hashes", () => {
    const incomplete = entries
      .filter((e) => e.translations.zh!.status.missing.length || e.translations.zh!.status.outdated.length)
      .map((e) => e.id);
    expect(incomplete).toEqual([]);
  });
});

describe("looking the catalog up", () => {
  it("finds every entry first, as a strong match, from each of its own example lines", () => {
    const misses: string[] = [];
    for (const entry of entries) {
      for (const example of entry.examples) {
        const first = engine.lookup(example, { limit: 1 })[0];
        if (first?.id !== entry.id || first.strength !== "strong") {
          misses.push(`${entry.id} ← ${first?.id ?? "nothing"} (${first?.strength}): ${example.slice(0, 100)}`);
        }
      }
    }
    expect(misses).toEqual([]);
  });

  it("never lets one entry's signature capture another entry's example, unless listed as an overlap", () => {
    const captures: string[] = [];
    for (const entry of entries) {
      for (const example of entry.examples) {
        for (const hit of engine.lookup(example, { limit: Number.POSITIVE_INFINITY })) {
          if (hit.id === entry.id || hit.via === "code") continue;
          if (!(overlaps.get(hit.id) ?? []).includes(entry.id)) {
            captures.push(`${hit.id} captures ${entry.id}: ${example.slice(0, 80)}`);
          }
        }
      }
    }
    expect(captures).toEqual([]);
  });

  // Ordinary lines from everyday logs that happen to hold numbers the catalog knows as codes.
  const PROSE = [
    "processed 502 rows in 1.2s",
    "INFO user 1045 logged in",
    "2026-11-30T10:00:01Z INFO worker 1040 started, 12 jobs queued",
    "GET /api/items?page=404 HTTP/1.1 200 5123 0.012s",
    '203.0.113.9 - - [30/Nov/2026:10:00:00 +0000] "GET /index.html HTTP/1.1" 200 421 "-" "curl/8.5.0"',
    '198.51.100.7 - - [30/Nov/2026:10:00:03 +0000] "POST /upload HTTP/2.0" 201 1213 "-" "Mozilla/5.0"',
    "Downloaded 550 MB in 35 s (15.7 MB/s)",
    "[build] 1205 modules transformed, 503 kB total",
    "tests: 2006 passed, 0 failed, 1062 skipped (8.4 s)",
    "cache hit ratio 0.429 over 1146 requests; p99 latency 137 ms",
    "Order #11000 shipped to customer 2002 on 2026-11-30",
    "pid 137 exited normally after 429 iterations",
    "npm notice 1452 packages are looking for funding",
    "DEBUG retry 3/5 in 504ms",
    "Listening on port 8080 (pid 4321), 1040 connections max",
  ];

  it.each(PROSE)("finds nothing strong in ordinary log prose: %s", (line) => {
    expect(engine.lookup(line, { limit: 10 }).filter((hit) => hit.strength === "strong")).toEqual([]);
  });
});
