/**
 * Figures for workarounds and dead ends. A rate is either the authors'
 * estimate or measured from outcome reports (with n and a Wilson 95 %
 * interval); pages must never show an estimate as if it were measured.
 */
import { percent, t, type CompiledDeadEnd, type CompiledWorkaround, type Measured } from "error-atlas";

export interface RateFigure {
  kind: "estimate" | "measured";
  /** The rate shown: success rate for workarounds, fail rate for dead ends. */
  rate: number;
  /** The authors' estimate (equals `rate` when kind is `estimate`). */
  estimate: number;
  /** Measured only: number of reports and the 95 % interval of `rate`. */
  n?: number;
  low?: number;
  high?: number;
}

const clamp = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

function fromMeasured(estimate: number, measured: Measured | undefined, invert: boolean): RateFigure {
  if (!measured || measured.n <= 0) return { kind: "estimate", rate: clamp(estimate), estimate: clamp(estimate) };
  // For a dead end, outcome reports count successes of the attempt; its fail rate is 1 − rate,
  // and the interval flips with it.
  const rate = invert ? 1 - measured.rate : measured.rate;
  const low = invert ? 1 - measured.high : measured.low;
  const high = invert ? 1 - measured.low : measured.high;
  return { kind: "measured", rate: clamp(rate), estimate: clamp(estimate), n: measured.n, low: clamp(low), high: clamp(high) };
}

export const workaroundFigure = (w: Pick<CompiledWorkaround, "success_rate" | "measured">): RateFigure =>
  fromMeasured(w.success_rate, w.measured, false);

export const deadEndFigure = (d: Pick<CompiledDeadEnd, "fail_rate" | "measured">): RateFigure => fromMeasured(d.fail_rate, d.measured, true);

/** A percentage for display; the package's rounding, on a clamped rate. */
export const formatRate = (rate: number): string => percent(clamp(rate));

/** "21–94%": an interval as text. */
export const formatInterval = (low: number, high: number): string => `${Math.round(clamp(low) * 100)}–${formatRate(high)}`;

/** Widths and offsets of a bar in percent of its track, as CSS values. */
export interface BarGeometry {
  fill: string;
  whisker?: { left: string; width: string };
}

const pct = (x: number): string => `${Math.round(clamp(x) * 1000) / 10}%`;

export function barGeometry(figure: RateFigure): BarGeometry {
  if (figure.kind !== "measured" || figure.low === undefined || figure.high === undefined) return { fill: pct(figure.rate) };
  return { fill: pct(figure.rate), whisker: { left: pct(figure.low), width: pct(figure.high - figure.low) } };
}

/**
 * What the figure is, in words: "estimate", or "measured · n = 3 · 95 % interval 21–94%".
 * Every rate on the site carries one of these.
 */
export function figureNote(figure: RateFigure, lang: string): string {
  if (figure.kind === "estimate") return t(lang, "estimate");
  return `${t(lang, "measured")} · n = ${figure.n} · ${t(lang, "interval")} ${formatInterval(figure.low!, figure.high!)}`;
}

/** The full accessible sentence for a rate, e.g. "85% success (estimate)". */
export function figureLabel(figure: RateFigure, lang: string, outcome: "success" | "fail"): string {
  return `${formatRate(figure.rate)} ${t(lang, outcome)} (${figureNote(figure, lang)})`;
}
