/**
 * Catastrophic signatures never hang validation: the safety check (EA012)
 * rejects the known shapes, and a pattern it lets through is stopped in the
 * worker by the deadline and reported at its line (the second wall).
 */
import { describe, expect, it } from "vitest";

import { loadCatalog } from "../../src/load/index.js";
import { runGuarded } from "../../src/validate/guarded.js";
import { RECHECK_LIMITS, recheckVerdict } from "../../src/validate/regex-safety.js";
import { SignatureTable } from "../../src/validate/signature-table.js";
import { BASE_ENTRY, baseCatalog, brief, OTHER_ENTRY, problemsOf, writeCatalog } from "../helpers/catalog.js";

const S = "net/sample-refused.md";
const withSignature = (text: string, signature: string) =>
  text.replace("  - { literal:", () => `  - '${signature}'\n  - { literal:`);

/** The classic families: nested quantifiers, overlapping alternation, a repeated choice of equals, a repeated greedy group. */
const FAMILIES = ["^(\\w+\\s?)*$", "^(a+)+$", "^(\\d|\\d\\d)+$", "(a|a)*b", "^(.*a){12}$"];

describe("catastrophic signatures", () => {
  it.each(FAMILIES)("%s gives one EA012 error and no hang", async (signature) => {
    const started = performance.now();
    const problems = await problemsOf(baseCatalog({ [S]: withSignature(BASE_ENTRY, signature) }));
    expect(brief(problems).filter((p) => p.endsWith("EA012"))).toEqual([`${S}:11:5 EA012`]);
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it("are all reported, with every other problem of the run, when several entries are broken at once", async () => {
    const files = baseCatalog({
      [S]: withSignature(BASE_ENTRY, FAMILIES[0]!).replace("fix_rate: 0.7", "fix_rate: 7"),
      "net/other-entry.md": withSignature(OTHER_ENTRY, FAMILIES[3]!).replace(
        "related: [net/sample-refused, net/third-entry]",
        "related: [net/ghost, net/third-entry]",
      ),
      "net/extra.md": "---\nid: [broken\n---\n",
    });
    const started = performance.now();
    const codes = brief(await problemsOf(files));
    expect(codes).toEqual(
      expect.arrayContaining([
        `${S}:11:5 EA012`,
        "net/other-entry.md:11:5 EA012",
        `${S}:7:11 EA003`,
        "net/extra.md:2:1 EA001",
      ]),
    );
    expect(codes.some((c) => c.startsWith("net/other-entry.md:") && c.endsWith("EA008"))).toBe(true);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe("the second wall: a worker with a deadline", () => {
  it("stops a hung task, names it, and finishes the others", async () => {
    const input = {
      entries: [
        { signatures: [{ regex: "^(a+)+$", ignore_case: false }], examples: [`${"a".repeat(32)}!`] },
        { signatures: [{ regex: "ok", ignore_case: false }], examples: ["ok"] },
      ],
    };
    const tasks = [
      { kind: "own" as const, entry: 1 },
      { kind: "own" as const, entry: 0 },
      { kind: "own" as const, entry: 1 },
    ];
    const started = performance.now();
    const { results, timedOut } = await runGuarded(input, tasks, { deadline: 500 });
    expect(timedOut).toEqual([1]);
    expect(results[0]).toEqual({ kind: "own", matched: [true] });
    expect(results[2]).toEqual({ kind: "own", matched: [true] });
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("turns a signature the safety check let through into a located EA012 and leaves it out of the lookups", async () => {
    // A catastrophic example for a pattern marked safe by hand: only the deadline can catch it.
    const slow = withSignature(BASE_ENTRY, "^(\\w+\\s?)*$").replace(
      "examples:\n",
      () => `examples:\n  - "${"word ".repeat(8)}word!"\n`,
    );
    const root = writeCatalog(baseCatalog({ [S]: slow }));
    const loaded = loadCatalog(root);
    const table = new SignatureTable();
    await table.prove(loaded.entries);
    for (const entry of loaded.entries) {
      for (const info of table.of(entry)) if (typeof info.regex !== "string") info.safety = { safe: true };
    }
    const started = performance.now();
    await table.execute(loaded.entries, { deadline: 500 });
    const sample = loaded.entries.find((e) => e.id === "net/sample-refused")!;
    const stopped = table.of(sample).find((info) => info.signature.regex === "^(\\w+\\s?)*$")!;
    expect(stopped.safety).toMatchObject({ safe: false, reason: "timeout" });
    expect(table.exampleHits(sample)[1]![0]!.id).toBe("net/sample-refused");
    expect(performance.now() - started).toBeLessThan(15_000);
  }, 60_000);
  it("reuses an earlier run's safety verdicts and keeps the checker's word on the rest", async () => {
    const evil = "^(a+)+$";
    const root = writeCatalog(baseCatalog({ [S]: withSignature(BASE_ENTRY, evil) }));
    const loaded = loadCatalog(root);
    const first = new SignatureTable();
    await first.prove(loaded.entries);
    const verdicts = first.safetyVerdicts();
    expect(verdicts[`/${evil}`]).toMatchObject({ safe: false, reason: "vulnerable" });
    // A verdict planted under the same key is taken as it is: nothing was checked again.
    const second = new SignatureTable();
    await second.prove(loaded.entries, { ...verdicts, [`/${evil}`]: { safe: true } });
    const sample = loaded.entries.find((e) => e.id === "net/sample-refused")!;
    expect(second.of(sample).find((i) => i.signature.regex === evil)!.safety).toEqual({ safe: true });
    // Without it, the pattern is checked afresh.
    const third = new SignatureTable();
    await third.prove(loaded.entries, {});
    expect(third.of(sample).find((i) => i.signature.regex === evil)!.safety).toMatchObject({ safe: false });
    expect(Object.keys(third.safetyVerdicts()).sort()).toEqual(Object.keys(verdicts).sort());
  }, 60_000);
});

describe("the safety checker on a loaded machine", () => {
  type Result = Awaited<ReturnType<Parameters<typeof recheckVerdict>[0]>>;
  const timedOut = { status: "unknown", error: { kind: "timeout" } } as Result;
  /** A stand-in for recheck that answers `answers` in turn and records the time limits it was given. */
  const checker = (answers: Result[]) => {
    const limits: number[] = [];
    const check = (_source: string, _flags: string, { timeout }: { timeout: number }) => {
      limits.push(timeout);
      return Promise.resolve(answers[limits.length - 1]!);
    };
    return { check, limits };
  };

  it("gives a check that ran out of time a second, longer chance", async () => {
    const { check, limits } = checker([timedOut, { status: "safe" } as Result]);
    expect(await recheckVerdict(check, "a(?:\\.\\d+)*", "")).toEqual({ safe: true });
    expect(limits).toEqual([...RECHECK_LIMITS]);
    expect(RECHECK_LIMITS[1]).toBeGreaterThan(RECHECK_LIMITS[0]);
  });

  it("counts a pattern unproven only when the longer check runs out of time too, and retries nothing else", async () => {
    const twice = checker([timedOut, timedOut]);
    expect(await recheckVerdict(twice.check, "x", "")).toMatchObject({ safe: false, reason: "unknown" });
    expect(twice.limits).toHaveLength(2);
    const unsupported = checker([{ status: "unknown", error: { kind: "unsupported", message: "?" } } as Result]);
    expect(await recheckVerdict(unsupported.check, "x", "")).toMatchObject({ safe: false, reason: "unknown" });
    expect(unsupported.limits).toHaveLength(1);
  });
});
