/**
 * The catalog's figures, computed in one place for the site, the Markdown
 * alternates, the CLI and the MCP server. A rate is either the authors'
 * estimate (with the basis it rests on) or measured from outcome reports
 * (with n and a Wilson 95 % interval); nothing may show an estimate as if it
 * were measured.
 */
import type { CompiledDeadEnd, CompiledEntry, CompiledWorkaround, Measured } from "../types/schema.js";
import { t } from "./i18n/index.js";
import { withNote } from "./languages.js";

export interface RateFigure {
  kind: "estimate" | "measured";
  /** The rate shown: the success rate of a workaround, the fail rate of a dead end. */
  rate: number;
  /** The authors' estimate (equals `rate` when kind is `estimate`). */
  estimate: number;
  /** What the estimate rests on. */
  basis: string;
  /** Measured only: number of outcome reports and the 95 % interval of `rate`. */
  n?: number;
  low?: number;
  high?: number;
}

const clamp = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

function fromMeasured(estimate: number, basis: string, measured: Measured | undefined, invert: boolean): RateFigure {
  if (!measured || measured.n <= 0) {
    return { kind: "estimate", rate: clamp(estimate), estimate: clamp(estimate), basis };
  }
  // Outcome reports count attempts after which the error went away; a dead end's fail rate is
  // 1 − that rate, and its interval flips with it.
  const rate = invert ? 1 - measured.rate : measured.rate;
  const low = invert ? 1 - measured.high : measured.low;
  const high = invert ? 1 - measured.low : measured.high;
  return {
    kind: "measured",
    rate: clamp(rate),
    estimate: clamp(estimate),
    basis,
    n: measured.n,
    low: clamp(low),
    high: clamp(high),
  };
}

/** The success figure of a workaround. */
export const workaroundFigure = (w: Pick<CompiledWorkaround, "success_rate" | "basis" | "measured">): RateFigure =>
  fromMeasured(w.success_rate, w.basis, w.measured, false);

/** The fail figure of a dead end. */
export const deadEndFigure = (d: Pick<CompiledDeadEnd, "fail_rate" | "basis" | "measured">): RateFigure =>
  fromMeasured(d.fail_rate, d.basis, d.measured, true);

/** The entry's fix rate: its typed estimate, else its best (first) workaround's figure. */
export function fixRateFigure(
  entry: Pick<CompiledEntry, "fix_rate" | "fix_rate_kind" | "fix_rate_basis" | "workarounds">,
): RateFigure {
  const first = entry.workarounds[0];
  if (entry.fix_rate_kind === "measured" && first?.measured) return workaroundFigure(first);
  return {
    kind: "estimate",
    rate: clamp(entry.fix_rate),
    estimate: clamp(entry.fix_rate),
    basis: entry.fix_rate_basis,
  };
}

/** The entry's confidence, when it has one. */
export function confidenceFigure(
  entry: Pick<CompiledEntry, "confidence" | "confidence_kind" | "confidence_basis">,
): RateFigure | undefined {
  if (entry.confidence === undefined) return undefined;
  const rate = clamp(entry.confidence);
  return { kind: entry.confidence_kind ?? "estimate", rate, estimate: rate, basis: entry.confidence_basis ?? "" };
}

/** A share as a whole percentage: 0.855 → "86%". */
export function percent(rate: number): string {
  return `${Math.round(clamp(rate) * 100)}%`;
}

/** "21–94%": an interval as text. */
export const formatInterval = (low: number, high: number): string => `${Math.round(clamp(low) * 100)}–${percent(high)}`;

/**
 * A figure in words, for text outputs (Markdown, the CLI, the MCP server):
 * "85% success (estimate — the accepted answer of the cited thread)" or
 * "67% success (measured from 3 outcome reports, 95 % interval 21–94%)".
 */
export function describeFigure(
  figure: RateFigure,
  lang: string,
  outcome: "success" | "fail",
  basis: string = figure.basis,
): string {
  const rate = t(lang, outcome === "success" ? "figure.successRate" : "figure.failRate", {
    rate: percent(figure.rate),
  });
  const note =
    figure.kind === "measured"
      ? t(lang, "figure.measuredOf", { n: figure.n!, interval: formatInterval(figure.low!, figure.high!) })
      : t(lang, "figure.estimateOf", { basis });
  return withNote(rate, note, lang);
}
