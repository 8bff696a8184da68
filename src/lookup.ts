/**
 * error-atlas/lookup — the lookup alone, for browsers and bundlers: the
 * engine and its index, with each entry's code and titles, and none of the
 * entries' texts.
 *
 *   import { lookup } from "error-atlas/lookup";
 *   lookup("Bind for 0.0.0.0:8080 failed: port is already allocated")[0]?.id;
 */
import { lookupData } from "./data/lookup-data.js";
import { LookupEngine, type LookupMatch, type LookupOptions } from "./lookup/engine.js";
import { sourceLanguage } from "./runtime/languages.js";

export { LookupEngine, type LookupMatch, type LookupOptions, STRONG_LETTERS } from "./lookup/engine.js";
export type { LookupData, LookupIndex } from "./lookup/lookup-index.js";

/** A match with what it takes to show it: the entry's code and title. */
export interface LookupResult extends LookupMatch {
  code?: string;
  /** The entry's title in the requested language, or the English one. */
  title: string;
}

let engine: LookupEngine | undefined;
let position: Map<string, number> | undefined;

/**
 * The entries an error text is about — a code, a message, or a whole pasted
 * log — best first, strong matches before weak ones. Never throws.
 */
export function lookup(text: string, options: LookupOptions & { lang?: string } = {}): LookupResult[] {
  engine ??= new LookupEngine(lookupData);
  const lang = options.lang ?? sourceLanguage;
  position ??= new Map(lookupData.ids.map((id, i) => [id, i]));
  return engine.lookup(text, options).map((match) => {
    const i = position!.get(match.id)!;
    const code = lookupData.codes[i];
    return {
      ...match,
      ...(code !== null && code !== undefined && { code }),
      title: lookupData.titles[lang]?.[i] ?? lookupData.titles[sourceLanguage]![i]!,
    };
  });
}
