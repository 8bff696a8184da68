/**
 * Property-based test of the validator against entries broken at random, as
 * a careless or hostile pull request would send them: cut at a random byte,
 * lines duplicated or deleted, YAML syntax injected, values of the wrong
 * type, huge values, random Unicode and invalid bytes. For every case:
 * validation never throws and ends within seconds; a rejected file gets
 * located problems (`file:line:col CODE`); an accepted file means exactly
 * what it says (the loader's data equals an independent YAML parser's, so
 * nothing was changed or dropped on the way).
 *
 * A few hundred cases run in `npm test`; `npm run fuzz` runs thousands
 * (ATLAS_FUZZ_RUNS). A failure prints fast-check's seed and the shrunk case.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse as independentYaml } from "yaml";

import type { Problem } from "../../src/shared/problem.js";
import { validateEntries } from "../../src/validate/index.js";
import { BASE_ENTRY, baseCatalog, writeCatalog } from "../helpers/catalog.js";

const RUNS = Number(process.env.ATLAS_FUZZ_RUNS) || 200;
const FILE = "net/sample-refused.md";
const original = Buffer.from(BASE_ENTRY, "utf8");

type Mutation = (text: Buffer) => Buffer;

const lines = (b: Buffer) => b.toString("utf8").split("\n");
const joined = (l: string[]) => Buffer.from(l.join("\n"), "utf8");

const YAML_SYNTAX = [
  ": ",
  "- ",
  "&a ",
  "*a",
  "!!js/function 'x'",
  "!!binary",
  "{",
  "}",
  "[",
  "]",
  "? ",
  "|",
  ">-",
  "\t",
  "---",
  "...",
  "'",
  '"',
  "#",
  "%YAML 1.1",
  "<<: *a",
  "__proto__: {}",
  "constructor: 1",
  ": :",
  "- - -",
  "@",
  "`",
];

const mutation: fc.Arbitrary<{ name: string; apply: Mutation }> = fc.oneof(
  fc.nat().map((n) => ({ name: `cut at byte ${n}`, apply: (b: Buffer) => b.subarray(0, n % b.length) })),
  fc.nat().map((n) => ({
    name: `duplicate line ${n}`,
    apply: (b: Buffer) => {
      const l = lines(b);
      const i = n % l.length;
      return joined([...l.slice(0, i + 1), l[i]!, ...l.slice(i + 1)]);
    },
  })),
  fc.nat().map((n) => ({
    name: `delete line ${n}`,
    apply: (b: Buffer) => {
      const l = lines(b);
      return joined(l.filter((_, i) => i !== n % l.length));
    },
  })),
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...YAML_SYNTAX)).map(([n, at, syntax]) => ({
    name: `inject ${JSON.stringify(syntax)} into line ${n}`,
    apply: (b: Buffer) => {
      const l = lines(b);
      const i = n % l.length;
      const line = l[i]!;
      const column = at % (line.length + 1);
      l[i] = line.slice(0, column) + syntax + line.slice(column);
      return joined(l);
    },
  })),
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom("[]", "{}", "42", "-1", "1e309", "null", "true", "~", "[1, [2, [3]]]", "{ a: { b: c } }", "''"),
    )
    .map(([n, value]) => ({
      name: `set the value of field ${n} to ${value}`,
      apply: (b: Buffer) => {
        const l = lines(b);
        const fields = l.map((line, i) => [line, i] as const).filter(([line]) => /^\s*-?\s*[a-z_]+: \S/.test(line));
        if (!fields.length) return b;
        const [line, i] = fields[n % fields.length]!;
        l[i] = line.replace(/^(\s*-?\s*[a-z_]+: ).*$/, `$1${value}`);
        return joined(l);
      },
    })),
  fc.tuple(fc.nat(), fc.integer({ min: 1_000, max: 2_000_000 })).map(([n, size]) => ({
    name: `a ${size}-character value in field ${n}`,
    apply: (b: Buffer) => {
      const l = lines(b);
      const fields = l.map((line, i) => [line, i] as const).filter(([line]) => /^\s*[a-z_]+: \S/.test(line));
      if (!fields.length) return b;
      const [line, i] = fields[n % fields.length]!;
      l[i] = line.replace(/^(\s*[a-z_]+: ).*$/, `$1"${"x".repeat(size)}"`);
      return joined(l);
    },
  })),
  fc.tuple(fc.nat(), fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 })).map(([n, text]) => ({
    name: `insert ${JSON.stringify(text)} at ${n}`,
    apply: (b: Buffer) => {
      const s = b.toString("utf8");
      const at = n % (s.length + 1);
      return Buffer.from(s.slice(0, at) + text + s.slice(at), "utf8");
    },
  })),
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 16 })).map(([n, bytes]) => ({
    name: `insert bytes ${Buffer.from(bytes).toString("hex")} at ${n}`,
    apply: (b: Buffer) => {
      const at = n % (b.length + 1);
      return Buffer.concat([b.subarray(0, at), Buffer.from(bytes), b.subarray(at)]);
    },
  })),
);

/** Front matter and body of a file the loader accepted, read by another YAML parser. */
function independentRead(text: string): { data: unknown; body: string } {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
  if (!match) throw new Error("accepted a file without front matter");
  return { data: independentYaml(match[1]!, { uniqueKeys: true }), body: match[2]! };
}

/**
 * The same data, except where YAML parsers honestly differ: js-yaml (the
 * loader's) reads an overflowing float such as `1e309` as the string it is
 * written as, the YAML 1.2 core schema as Infinity. Either way the page
 * shows what the author typed.
 */
function sameData(a: unknown, b: unknown): boolean {
  if (typeof a === "string" && typeof b === "number") return Number(a) === b;
  if (typeof a === "number" && typeof b === "string") return Number(b) === a;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return (
      ka.length === kb.length &&
      ka.every((k, i) => k === kb[i] && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  }
  return Object.is(a, b);
}

const located = (p: Problem) =>
  typeof p.file === "string" && p.file.length > 0 && p.line >= 1 && p.column >= 1 && /^EA\d{3}$/.test(p.code);

describe("the validator against randomly broken entries", () => {
  it(
    `never throws, never hangs, locates every problem and accepts nothing silently (${RUNS} cases)`,
    async () => {
      const root = writeCatalog(baseCatalog());
      const file = path.join(root, FILE);
      let rejected = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
          const broken = mutations.reduce<Buffer>((b, m) => m.apply(b), original);
          writeFileSync(file, broken);
          const started = performance.now();
          const { loaded, problems } = await validateEntries(root, { today: "2026-11-30" });
          const seconds = (performance.now() - started) / 1000;
          expect(seconds, "seconds for one catalog").toBeLessThan(10);
          for (const p of problems) expect(located(p), JSON.stringify(p)).toBe(true);
          // A rule that crashed (e.g. a message missing a placeholder's value) is reported, not thrown: find it here.
          expect(problems.filter((p) => p.messageId === "tool-failure")).toEqual([]);
          const errors = problems.filter((p) => p.severity !== "warning");
          if (errors.length) {
            rejected++;
            return;
          }
          if (broken.equals(original)) return;
          // Accepted: it must say exactly what the loader understood.
          const entry = loaded.entries.find((e) => e.id === "net/sample-refused");
          expect(entry, "an accepted file is loaded").toBeDefined();
          const independent = independentRead(readFileSync(file, "utf8"));
          if (!sameData(entry!.source.data, independent.data)) {
            expect(entry!.source.data, "what the loader read").toEqual(independent.data);
          }
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
      // Most random changes break an entry; a fuzzer that only made harmless ones would prove nothing.
      expect(rejected).toBeGreaterThan(RUNS / 2);
    },
    RUNS * 2_000 + 30_000,
  );
});
