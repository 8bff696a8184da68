import type { LookupEngine, LookupMatch } from "../lookup/engine.js";

/** One known error found in a log: the first line it was seen on. */
export interface ScanFinding extends LookupMatch {
  /** 1-based line number in the log. */
  line: number;
}

export interface ScanOptions {
  /** Report weak matches (a bare code, a short phrase) too; off by default. */
  weak?: boolean;
  /** Characters of log handed to the engine at once. */
  batch?: number;
}

/**
 * Reads a log of any size in pieces and reports each known error once, on
 * the first line it was found. Lines are handed to the lookup engine in
 * batches of whole lines (64 KiB by default: the engine reads every line of
 * a batch, including for signatures without literals), so memory stays flat
 * for a log of gigabytes.
 */
export class LogScanner {
  private readonly found = new Map<string, ScanFinding>();
  private pending = "";
  /** Line number of the first line in `pending`. */
  private firstLine = 1;
  private readonly batch: number;
  /** Lines read so far. */
  lines = 0;

  constructor(
    private readonly engine: LookupEngine,
    private readonly options: ScanOptions = {},
  ) {
    this.batch = options.batch ?? 65_536;
  }

  /** Feeds the next piece of the log (any size, cut anywhere). */
  push(chunk: string): void {
    let text = this.pending + chunk;
    let cut = text.lastIndexOf("\n");
    while (cut !== -1 && text.length >= this.batch) {
      // Hand over whole lines, at most about one batch at a time.
      const end = text.lastIndexOf("\n", this.batch - 1);
      const upto = end === -1 ? cut : end;
      this.run(text.slice(0, upto + 1));
      text = text.slice(upto + 1);
      cut = text.lastIndexOf("\n");
    }
    this.pending = text;
  }

  /** Scans what is left and returns the findings, in line order. */
  end(): ScanFinding[] {
    if (this.pending) this.run(this.pending.endsWith("\n") ? this.pending : `${this.pending}\n`);
    this.pending = "";
    return [...this.found.values()].sort((a, b) => a.line - b.line || (a.id < b.id ? -1 : 1));
  }

  private run(text: string): void {
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1 && i < text.length - 1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    for (const match of this.engine.lookup(text, { limit: Number.POSITIVE_INFINITY })) {
      if (this.found.has(match.id) || (match.strength !== "strong" && !this.options.weak)) continue;
      this.found.set(match.id, { ...match, line: this.firstLine + lineIndex(starts, match.start) });
    }
    this.firstLine += starts.length;
    this.lines += starts.length;
  }
}

/** Index of the line that contains `offset`, given the offsets where lines start. */
function lineIndex(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
