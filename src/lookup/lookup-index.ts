/**
 * The compact index the lookup runs on: ids, codes and signatures with their
 * precomputed literals — no entry text. The package loads it with the data;
 * the site serves it to the browser as /lookup-index.json.
 */
export interface LookupIndex {
  version: 1;
  /** Entry ids; signatures refer to entries by position in this list. */
  ids: string[];
  /** Each entry's error code, or null; aligned with `ids`. */
  codes: (string | null)[];
  signatures: IndexedSignature[];
}

export interface IndexedSignature {
  /** Entry (position in `ids`). */
  e: number;
  /** Position of the signature within the entry's `signatures`. */
  s: number;
  /** RegExp source. */
  r: string;
  /** Ignore case. */
  i: boolean;
  /** Any match contains one of these literals (ASCII lower-case); empty: run on every line. */
  q: string[];
  /** Top-level alternatives: the literal runs each pins, and their weight (length × rarity). */
  a: [runs: string[], weight: number][];
}

/** The lookup index with what a hit needs to be shown: each entry's title per language. */
export interface LookupData extends LookupIndex {
  /** Per language code, the title of each entry (aligned with `ids`); null where not translated. */
  titles: Record<string, (string | null)[]>;
}
