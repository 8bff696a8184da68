/**
 * The last resort of a lookup: a phrase that opens a part of an entry's title.
 *
 * A real log line often carries an error's message in another shape than the
 * catalog's signatures expect — `torch.cuda.OutOfMemoryError: CUDA out of
 * memory.` without the `Tried to allocate` that follows in older versions,
 * `[parent] Data too large` without the byte counts. When nothing else
 * matched, the words of such a line may still open a part of one title (its
 * start, or the text after one of its `<placeholders>`). Only phrases that
 * name one error count, so the result is a possible match, never a strong one.
 */

import { asciiLower } from "./ascii.js";

/** A phrase that counts: at least this many words, */
const MIN_WORDS = 3;
/** with at least this many letters, */
const MIN_LETTERS = 10;
/** two of its words uncommon (in at most 1 % of the titles, and at least 3), */
const UNCOMMON_WORDS = 2;
const UNCOMMON_SHARE = 0.01;
/** and covering 40 % of the title's words, unless it is this long. */
const TITLE_SHARE = 0.4;
const LONG_PHRASE = 5;

export interface PhraseHit {
  entry: number;
  /** Where the phrase is in the text: [start, end) in UTF-16 code units. */
  start: number;
  end: number;
  words: number;
  letters: number;
}

interface Run {
  entry: number;
  words: readonly string[];
}

/** A title's literal parts, between its `<placeholders>`. */
export const titleParts = (title: string): string[] => title.split(/<[^<>]*>/);

const WORD = /[a-z0-9_]+/g;
const words = (text: string) => asciiLower(text).match(WORD) ?? [];
const letters = (phrase: readonly string[]) => phrase.reduce((n, w) => n + w.replace(/[0-9_]/g, "").length, 0);

export class TitlePhrases {
  /** Title runs by their first word. */
  private readonly byFirstWord = new Map<string, Run[]>();
  /** Each title's words as ` w1 w2 … `, per run: to tell a phrase one title owns. */
  private readonly joined: string[][];
  private readonly titleWords: number[];
  private readonly uncommon: (word: string) => boolean;

  constructor(titles: readonly (string | null)[]) {
    const documents = new Map<string, number>();
    this.joined = [];
    this.titleWords = [];
    titles.forEach((title, entry) => {
      const runs = titleParts(title ?? "")
        .map(words)
        .filter((run) => run.length > 0);
      this.joined.push(runs.map((run) => ` ${run.join(" ")} `));
      this.titleWords.push(runs.reduce((n, run) => n + run.length, 0));
      for (const word of new Set(runs.flat())) documents.set(word, (documents.get(word) ?? 0) + 1);
      for (const run of runs) {
        if (run.length < MIN_WORDS) continue;
        const list = this.byFirstWord.get(run[0]!) ?? [];
        list.push({ entry, words: run });
        this.byFirstWord.set(run[0]!, list);
      }
    });
    const limit = Math.max(3, Math.floor(titles.length * UNCOMMON_SHARE));
    this.uncommon = (word) => (documents.get(word) ?? 0) <= limit;
  }

  /** The entries a phrase of `text` points to, longest phrase first. */
  find(text: string): PhraseHit[] {
    const found: { word: string; start: number; end: number }[] = [];
    // ASCII lower-casing keeps every index of the text where it was.
    for (const m of asciiLower(text).matchAll(WORD)) {
      found.push({ word: m[0], start: m.index, end: m.index + m[0].length });
    }
    const best = new Map<number, PhraseHit>();
    found.forEach(({ word }, i) => {
      for (const run of this.byFirstWord.get(word) ?? []) {
        let k = 1;
        while (k < run.words.length && i + k < found.length && found[i + k]!.word === run.words[k]) k++;
        const hit = this.counts(run, k, found[i]!.start, found[i + k - 1]!.end, text);
        if (hit && (best.get(run.entry)?.words ?? 0) < hit.words) best.set(run.entry, hit);
      }
    });
    return [...best.values()].sort((a, b) => b.words - a.words || b.letters - a.letters || a.entry - b.entry);
  }

  private counts(run: Run, k: number, start: number, end: number, text: string): PhraseHit | null {
    if (k < MIN_WORDS) return null;
    const phrase = run.words.slice(0, k);
    const count = letters(phrase);
    if (count < MIN_LETTERS) return null;
    if (phrase.filter(this.uncommon).length < UNCOMMON_WORDS) return null;
    if (k < LONG_PHRASE && k < TITLE_SHARE * this.titleWords[run.entry]!) return null;
    // `java.io.IOException` is one name, not a phrase of the message.
    if (!/\s/.test(text.slice(start, end))) return null;
    const needle = ` ${phrase.join(" ")} `;
    const owners = this.joined.filter((runs) => runs.some((joined) => joined.includes(needle))).length;
    if (owners > 1) return null;
    return { entry: run.entry, start, end, words: k, letters: count };
  }
}
