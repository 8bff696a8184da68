import { targetsOf } from "../runtime/evidence.js";
import type { CompiledWorkaround, Entry, Evidence, Measured } from "../types/schema.js";

/** z for a two-sided 95 % interval. */
const Z = 1.959963984540054;

const round = (x: number) => Math.round(x * 10000) / 10000;

/**
 * Wilson score interval for `successes` out of `n` (95 %). Unlike the normal
 * approximation it stays inside [0, 1] and behaves for small n and for 0 or n
 * successes, which is what outcome reports look like.
 */
export function wilson(successes: number, n: number): Measured {
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new RangeError(`wilson: need 0 <= successes <= n, n >= 1 (got ${successes}/${n})`);
  }
  const p = successes / n;
  const z2 = Z * Z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (Z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return {
    n,
    successes,
    rate: round(p),
    low: round(Math.max(0, centre - half)),
    high: round(Math.min(1, centre + half)),
  };
}

/** Measurements per workaround or dead-end id, from the entry's outcome reports. */
export function measure(evidence: readonly Evidence[]): Map<string, Measured> {
  const counts = new Map<string, { n: number; successes: number }>();
  for (const item of evidence) {
    if (item.kind !== "outcome") continue;
    const count = counts.get(item.target) ?? { n: 0, successes: 0 };
    count.n += 1;
    if (item.result === "success") count.successes += 1;
    counts.set(item.target, count);
  }
  return new Map([...counts].map(([id, { n, successes }]) => [id, wilson(successes, n)]));
}

/**
 * Confidence once outcome reports exist: 1 − the width of the 95 % interval
 * of the most-reported item. One report gives little confidence, a hundred
 * consistent ones a lot; the authors' estimate is no longer used.
 */
export function confidenceFromEvidence(measured: ReadonlyMap<string, Measured>): number | undefined {
  let best: Measured | undefined;
  for (const m of measured.values()) if (!best || m.n > best.n) best = m;
  return best ? round(1 - (best.high - best.low)) : undefined;
}

/**
 * The date of the earliest cited record of the error: dated reports of it,
 * and dated sources that support the entry as a whole. A manual page cited
 * for one workaround says when that page was written, not when the error
 * was first seen, so targeted sources do not count. Undefined when nothing
 * qualifying is dated.
 */
export function firstSeen(evidence: readonly Evidence[]): string | undefined {
  let earliest: string | undefined;
  for (const item of evidence) {
    if (item.kind === "outcome" || item.date === undefined) continue;
    if (item.kind === "source" && targetsOf(item).length) continue;
    if (earliest === undefined || item.date < earliest) earliest = item.date;
  }
  return earliest;
}

/** The fix rate: typed by the authors, or the first (best) workaround's figure. */
export function fixRate(entry: Pick<Entry, "fix_rate" | "fix_rate_basis">, workarounds: readonly CompiledWorkaround[]) {
  if (entry.fix_rate !== undefined) {
    return { fix_rate: entry.fix_rate, fix_rate_kind: "estimate" as const, fix_rate_basis: entry.fix_rate_basis ?? "" };
  }
  const first = workarounds[0]!;
  return first.measured
    ? { fix_rate: first.measured.rate, fix_rate_kind: "measured" as const, fix_rate_basis: first.basis }
    : { fix_rate: first.success_rate, fix_rate_kind: "estimate" as const, fix_rate_basis: first.basis };
}
