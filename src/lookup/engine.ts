import { AhoCorasick } from "./aho-corasick.js";
import { asciiLower } from "./ascii.js";
import type { LookupData, LookupIndex } from "./lookup-index.js";
import { titleParts, TitlePhrases } from "./title-phrases.js";

/** One ranked result of a lookup. */
export interface LookupMatch {
  /** Entry id. */
  id: string;
  /** Higher is better; comparable within one lookup only. */
  score: number;
  /**
   * `signature`: one of the entry's signatures matched; `code`: only its error code appeared;
   * `title`: no signature explained the text, but it holds the wording of the entry's title.
   */
  via: "signature" | "code" | "title";
  /**
   * `strong`: a signature matched message text (at least ${"`"}STRONG_LETTERS${"`"} letters of
   * literal wording). `weak`: only the entry's code, or only a short literal
   * such as a bare number, matched — likely in ordinary log prose.
   */
  strength: "strong" | "weak";
  /** Position of the best matching signature in the entry's `signatures`, or -1 for a code or title match. */
  signature: number;
  /** Where in the input the match is: [start, end) in UTF-16 code units, and the matched text. */
  start: number;
  end: number;
  text: string;
}

export interface LookupOptions {
  /** How many results at most (default 5). */
  limit?: number;
}

/**
 * Bounds that keep one lookup cheap whatever the input: a log of megabytes,
 * a line without end, a literal found a thousand times.
 */
export const LIMITS = {
  /** Longer inputs are cut to their last part, where a log's error usually is. */
  maxInput: 2_000_000,
  /** A regex sees at most this much text around a literal hit. */
  window: 2_000,
  /** Occurrences of one literal that open a window. */
  windowsPerLiteral: 8,
  /** Regex executions in one lookup. */
  executions: 4_000,
  /** Literal-free signatures only look at the start of the input. */
  literalFreeScan: 65_536,
  /** Titles are only compared with inputs this short: a message pasted alone, not a log. */
  titleInput: 1_000,
};

/**
 * Letters of literal wording a match must pin down to count as strong:
 * `ECONNREFUSED` or `port is already allocated` do, `502`, `1045` or
 * `ERROR` do not.
 */
export const STRONG_LETTERS = 8;

/** Extra score per matching signature beyond the best. */
const OTHER_SIGNATURE_SHARE = 0.2;
/** The entry's own code in the input is strong evidence: worth more than the same length of message text. */
const codeBonus = (code: string) => Math.max(2, 1.5 * code.length);

const isWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

interface Prepared {
  entry: number;
  signature: number;
  regex: RegExp | null;
  /** Per top-level alternative: its literal runs, their weight, and how many letters they hold. */
  alternatives: [runs: string[], weight: number, letters: number][];
}

const LETTER = /\p{L}/gu;
const ANY_LETTER = /\p{L}/u;
const DIGITS = /^\d+$/;
const MIXED_CASE = /^(?=.*[a-z])(?=.*[A-Z])/;
const letterCount = (runs: readonly string[]) => runs.reduce((n, run) => n + (run.match(LETTER)?.length ?? 0), 0);

/**
 * Finds the catalog entries whose signatures match a text. One pass of an
 * Aho–Corasick automaton over the input finds the literals signatures need;
 * only signatures whose literal occurs run their regex, on a window around the
 * occurrence. Works in Node and in the browser.
 */
export class LookupEngine {
  private readonly ids: readonly string[];
  private readonly codes: readonly (string | null)[];
  /** Per entry: its code keeps its case (mixed case: a name), or is only digits (a number). */
  private readonly exactCodes: boolean[];
  private readonly numericCodes: boolean[];
  private readonly signatures: Prepared[];
  /** For each automaton pattern: signatures that need it, or the entries whose code it is. */
  private readonly literalSignatures: number[][];
  private readonly literalCodes: number[][];
  private readonly literalFree: number[];
  /**
   * Per entry, the literal wording of its English title (placeholders cut out), then that wording
   * without a closing remark in parentheses; empty when too little is left.
   */
  private readonly titleRuns: string[][][];
  private readonly titlePhrases: TitlePhrases | null;
  private readonly automaton: AhoCorasick;

  /** `compile` lets a caller that has compiled the signatures already share its RegExps. */
  constructor(
    index: LookupIndex,
    options: { compile?: (signature: { regex: string; ignore_case: boolean }) => RegExp | null } = {},
  ) {
    this.ids = index.ids;
    this.codes = index.codes;
    this.exactCodes = index.codes.map((code) => !!code && MIXED_CASE.test(code));
    this.numericCodes = index.codes.map((code) => !!code && DIGITS.test(code));
    const patterns = new Map<string, number>();
    const patternOf = (text: string) => {
      let p = patterns.get(text);
      if (p === undefined) {
        p = patterns.size;
        patterns.set(text, p);
      }
      return p;
    };
    this.literalSignatures = [];
    this.literalCodes = [];
    this.literalFree = [];
    this.signatures = index.signatures.map((s, position) => {
      let regex: RegExp | null = null;
      try {
        regex = options.compile ? options.compile({ regex: s.r, ignore_case: s.i }) : new RegExp(s.r, s.i ? "i" : "");
      } catch {
        // Validation rejects such signatures; a stale index must still not throw.
      }
      if (s.q.length === 0) this.literalFree.push(position);
      for (const literal of s.q) (this.literalSignatures[patternOf(literal)] ??= []).push(position);
      return {
        entry: s.e,
        signature: s.s,
        regex,
        alternatives: s.a.map(([runs, weight]) => [runs, weight, letterCount(runs)]),
      };
    });
    index.codes.forEach((code, entry) => {
      if (code && code.length >= 2) (this.literalCodes[patternOf(asciiLower(code))] ??= []).push(entry);
    });
    this.automaton = new AhoCorasick([...patterns.keys()]);
    // The package's index carries titles (LookupData); validation's does not, so there titles never match.
    const titles = (index as Partial<LookupData>).titles?.en ?? [];
    this.titleRuns = titles.map((title) => (title ? titleWordings(title) : []));
    this.titlePhrases = titles.length ? new TitlePhrases(titles) : null;
  }

  /** Ranked matches for `input`; never throws, whatever the input. */
  lookup(input: unknown, options: LookupOptions = {}): LookupMatch[] {
    if (typeof input !== "string" || input.length === 0) return [];
    const limit = Math.max(0, Math.floor(options.limit ?? 5));
    const offset = Math.max(0, input.length - LIMITS.maxInput);
    const text = offset ? input.slice(offset) : input;
    const lowered = asciiLower(text);

    // 1. One pass for every literal and code.
    const hits = new Map<number, number[]>(); // pattern → end positions (first few)
    this.automaton.scan(lowered, (pattern, end) => {
      let ends = hits.get(pattern);
      if (!ends) hits.set(pattern, (ends = []));
      if (ends.length < LIMITS.windowsPerLiteral) ends.push(end);
    });

    // 2. Candidate signatures and the windows they run on.
    const windows = new Map<number, Set<number>>(); // signature → window starts (line starts)
    const codeEntries = new Set<number>();
    for (const [pattern, ends] of hits) {
      for (const s of this.literalSignatures[pattern] ?? []) {
        let starts = windows.get(s);
        if (!starts) windows.set(s, (starts = new Set()));
        for (const end of ends) starts.add(end);
      }
      for (const entry of this.literalCodes[pattern] ?? []) {
        const code = this.codes[entry]!;
        // A code in mixed case (`notFound`, `NSUnknownKeyException`) is a name, and names keep their case:
        // BigQuery's `notFound` reason is not kubectl's `(NotFound)`.
        const exact = this.exactCodes[entry]!;
        const found = (end: number) =>
          isToken(text, end - code.length, end) && (!exact || text.slice(end - code.length, end) === code);
        if (ends.some(found)) codeEntries.add(entry);
      }
    }

    // 3. Run the candidates' regexes, within budget.
    let budget = LIMITS.executions;
    const best = new Map<
      number,
      { score: number; others: number; signature: number; start: number; end: number; strong: boolean }
    >();
    const record = (s: number, start: number, end: number) => {
      const prepared = this.signatures[s]!;
      const { score, letters } = this.specificity(prepared, lowered.slice(start, end));
      const strong = letters >= STRONG_LETTERS;
      const current = best.get(prepared.entry);
      if (!current) best.set(prepared.entry, { score, others: 0, signature: prepared.signature, start, end, strong });
      else if (score > current.score || (score === current.score && prepared.signature < current.signature)) {
        best.set(prepared.entry, {
          score,
          others: current.others + current.score,
          signature: prepared.signature,
          start,
          end,
          strong: strong || current.strong,
        });
      } else {
        current.others += score;
        current.strong ||= strong;
      }
    };
    const candidates = [...windows.keys()].sort((a, b) => a - b);
    for (const s of candidates) {
      const prepared = this.signatures[s]!;
      const regex = prepared.regex;
      if (!regex) continue;
      const seen = new Set<number>();
      for (const position of windows.get(s)!) {
        if (budget <= 0) break;
        const [from, to] = lineAround(text, position);
        if (seen.has(from)) continue;
        seen.add(from);
        if (!mayMatch(prepared, lowered, from, to)) continue;
        budget--;
        const m = regex.exec(text.slice(from, to));
        if (m && m[0].length > 0) {
          record(s, from + m.index, from + m.index + m[0].length);
          break;
        }
      }
    }
    if (this.literalFree.length) {
      const scanEnd = Math.min(text.length, LIMITS.literalFreeScan);
      for (const s of this.literalFree) {
        const prepared = this.signatures[s]!;
        const regex = prepared.regex;
        for (let from = 0; regex && from < scanEnd && budget > 0;) {
          const [lineStart, lineEnd, next] = nextLine(text, from);
          from = next;
          if (!mayMatch(prepared, lowered, lineStart, lineEnd)) continue;
          budget--;
          const m = regex.exec(text.slice(lineStart, lineEnd));
          if (m && m[0].length > 0) {
            record(s, lineStart + m.index, lineStart + m.index + m[0].length);
            break;
          }
        }
      }
    }

    // 4. A message pasted without the context its signatures anchor on (`No space left on device`
    // without `: ` before it) still holds its entry's title: that title's wording, in order, finds it.
    const titleHits: LookupMatch[] = [];
    const byTitle = new Set<number>();
    if (text.length <= LIMITS.titleInput && !anyStrong(best.values())) {
      const inputLetters = text.match(LETTER)?.length ?? 0;
      this.titleRuns.forEach((wordings, entry) => {
        let runs: string[] | undefined;
        let found: [number, number] | null = null;
        for (runs of wordings) if ((found = inOrder(lowered, runs))) break;
        if (!found || !runs) return;
        const letters = letterCount(runs);
        // It replaces a weak signature or code hit of the same entry.
        byTitle.add(entry);
        titleHits.push({
          id: this.ids[entry]!,
          score: round(letters / 4),
          via: "title",
          // Strong when the title is most of what was pasted; a long line merely containing it is weak.
          strength: letters * 2 >= inputLetters ? "strong" : "weak",
          signature: -1,
          start: found[0] + offset,
          end: found[1] + offset,
          text: text.slice(found[0], found[1]),
        });
      });
    }

    // 5. Rank: the most specific match first; the entry's own code adds a little; ties by id.
    const results: LookupMatch[] = [];
    for (const [entry, b] of best) {
      if (byTitle.has(entry)) continue;
      const score =
        b.score + OTHER_SIGNATURE_SHARE * b.others + (codeEntries.has(entry) ? codeBonus(this.codes[entry]!) : 0);
      results.push({
        id: this.ids[entry]!,
        score: round(score),
        via: "signature",
        strength: b.strong ? "strong" : "weak",
        signature: b.signature,
        start: b.start + offset,
        end: b.end + offset,
        text: text.slice(b.start, b.end),
      });
    }
    // A code alone identifies an entry only when it is all the input says, or distinctive enough.
    // A number is neither inside words: `404`, `66` or `98` are statuses, exit codes or errnos
    // of every protocol and tool, so alone they name an entry only when nothing else was pasted.
    const shortInput = text.trim().length <= 64;
    const wordless = !ANY_LETTER.test(text);
    for (const entry of codeEntries) {
      if (best.has(entry) || byTitle.has(entry)) continue;
      const code = this.codes[entry]!;
      if (!shortInput && code.length < 5) continue;
      if (!wordless && this.numericCodes[entry]) continue;
      const end = this.exactCodes[entry] ? text.indexOf(code) : lowered.indexOf(asciiLower(code));
      results.push({
        id: this.ids[entry]!,
        score: round(code.length / 4),
        via: "code",
        strength: "weak",
        signature: -1,
        start: end + offset,
        end: end + code.length + offset,
        text: text.slice(end, end + code.length),
      });
    }
    results.push(...titleHits);
    // 6. Nothing at all: a phrase that opens a part of one title is a possible match.
    if (!results.length && this.titlePhrases && text.length <= LIMITS.titleInput) {
      for (const hit of this.titlePhrases.find(text)) {
        results.push({
          id: this.ids[hit.entry]!,
          score: round(hit.letters / 8),
          via: "title",
          strength: "weak",
          signature: -1,
          start: hit.start + offset,
          end: hit.end + offset,
          text: text.slice(hit.start, hit.end),
        });
      }
    }
    // Strong hits first: a weak hit never outranks a match on message text.
    results.sort(
      (a, b) =>
        Number(b.strength === "strong") - Number(a.strength === "strong") ||
        b.score - a.score ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    return results.slice(0, limit);
  }

  /**
   * How much literal text the match pins down, weighted by rarity: the
   * alternative whose runs all appear in the match, heaviest first.
   */
  private specificity(signature: Prepared, matched: string): { score: number; letters: number } {
    let score = 0;
    let letters = 0;
    for (const [runs, weight, count] of signature.alternatives) {
      if (weight > score && runs.every((run) => matched.includes(run))) {
        score = weight;
        letters = count;
      }
    }
    // Matches pinned by no literal (a class-only pattern) still count a little, and never as strong.
    return score ? { score, letters } : { score: Math.min(matched.length, 40) / 10, letters: 0 };
  }
}

/**
 * Whether the window [from, to) of the lower-cased text holds every literal run of one of the
 * signature's top-level alternatives. Those runs are in every match of that alternative (see
 * extractLiterals), so where none has them all the regex cannot match and is not run: a broad
 * signature's required literal (`error`) is on many lines, its other words (`timed out`) on few.
 */
export function mayMatch(
  signature: Pick<Prepared, "alternatives">,
  lowered: string,
  from: number,
  to: number,
): boolean {
  if (!signature.alternatives.length) return true;
  const line = lowered.slice(from, to);
  return signature.alternatives.some(([runs]) => runs.every((run) => line.includes(run)));
}

const round = (x: number) => Math.round(x * 1000) / 1000;

const anyStrong = (hits: Iterable<{ strong: boolean }>) => {
  for (const hit of hits) if (hit.strong) return true;
  return false;
};

/**
 * The wordings a title is found by, each lower-cased (ASCII) in runs between its `<placeholders>`,
 * none that pins too few letters. A closing remark in parentheses with a space in it
 * (`No space left on device (disk blocks or inodes full)`) is the catalog's gloss, or a part the
 * software may leave out (`Segmentation fault (core dumped)`), so the title without it counts too;
 * one without a space (`(auth/invalid-api-key)`) is the message itself and stays.
 */
function titleWordings(title: string): string[][] {
  const wordings = [title];
  const remark = / \(([^()]* [^()]*)\)$/.exec(title);
  if (remark) wordings.push(title.slice(0, remark.index));
  return wordings
    .map((wording) =>
      titleParts(wording)
        .map((run) => asciiLower(run.trim()))
        .filter(Boolean),
    )
    .filter((runs) => letterCount(runs) >= STRONG_LETTERS);
}

/** Where `runs` occur one after another in `text`: [start of the first, end of the last], or null. */
function inOrder(text: string, runs: readonly string[]): [number, number] | null {
  let from = 0;
  let start = -1;
  for (const run of runs) {
    const at = text.indexOf(run, from);
    if (at === -1) return null;
    if (start === -1) start = at;
    from = at + run.length;
  }
  return [start, from];
}

function isToken(text: string, start: number, end: number): boolean {
  return (
    start >= 0 &&
    (start === 0 || !isWordCode(text.charCodeAt(start - 1))) &&
    (end >= text.length || !isWordCode(text.charCodeAt(end)))
  );
}

/** The line around `position`, cut to a window when the line is very long. */
function lineAround(text: string, position: number): [number, number] {
  let from = text.lastIndexOf("\n", position - 1) + 1;
  let to = text.indexOf("\n", position);
  if (to === -1) to = text.length;
  if (to - from > LIMITS.window) {
    from = Math.max(from, position - LIMITS.window / 2);
    to = Math.min(to, from + LIMITS.window);
  }
  if (to > from && text.charCodeAt(to - 1) === 13) to--;
  return [from, to];
}

/** The line starting at `from` (cut to a window) and where the next one starts. */
function nextLine(text: string, from: number): [number, number, number] {
  let end = text.indexOf("\n", from);
  if (end === -1) end = text.length;
  const to = Math.min(end, from + LIMITS.window);
  return [from, to > from && text.charCodeAt(to - 1) === 13 ? to - 1 : to, end + 1];
}
