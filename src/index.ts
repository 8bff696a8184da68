/**
 * error-atlas — the catalog as typed data.
 *
 *   import { entries, getEntry, lookup } from "error-atlas";
 *
 * The export list is deliberate and pinned by a test: what is here is the
 * package's public API under semantic versioning. The site's helpers live
 * in `error-atlas/internal`, which carries no such promise.
 */
import { categories as categoryData, redirects as redirectData, types as typeData } from "./data/catalog.js";
import { entries } from "./data/entries.js";
import { lookup as findMatches, type LookupResult } from "./lookup.js";
import type { LookupOptions } from "./lookup/engine.js";
import type { Category, Labels } from "./runtime/vocabulary.js";
import { ENTRY_ID } from "./shared/patterns.js";
import type { CompiledEntry } from "./types/public.js";

export { entries };
export type { LookupMatch, LookupOptions } from "./lookup/engine.js";
export {
  confidenceFigure,
  deadEndFigure,
  fixRateFigure,
  type RateFigure,
  workaroundFigure,
} from "./runtime/figures.js";
export { type Language, languages, sourceLanguage } from "./runtime/languages.js";
export { composeTitle, localize, type LocalizedEntry, type LocalText } from "./runtime/localize.js";
export type { Category, Labels } from "./runtime/vocabulary.js";
export type {
  Body,
  CompiledDeadEnd,
  CompiledEntry,
  CompiledSignature,
  CompiledTranslation,
  CompiledWorkaround,
  DocLink,
  CompiledEntry as Entry,
  Evidence,
  IndexRow,
  Measured,
  OutcomeEvidence,
  ReportEvidence,
  RootCause,
  SourceEvidence,
  TranslationStatus,
  VersionRow,
} from "./types/public.js";

/** Ids of renamed entries → their current ids. */
export const redirects: Readonly<Record<string, string>> = redirectData;

/** Categories with labels, descriptions and entry counts, sorted by id. */
export const categories: readonly Category[] = categoryData;

/** The type vocabulary: each `type` key with its labels. */
export const types: Readonly<Record<string, Labels>> = typeData;

const byId = new Map(entries.map((entry) => [entry.id, entry]));

/** The entry with this id (or with the id it was renamed from), if any. */
export function getEntry(id: string): CompiledEntry | undefined {
  if (typeof id !== "string" || !ENTRY_ID.test(id)) return undefined;
  return byId.get(id) ?? byId.get(redirects[id] ?? "");
}

export interface LookupHit extends LookupResult {
  entry: CompiledEntry;
}

/**
 * Finds the entries an error text is about — a code, a message, or a whole
 * pasted log — best first, strong matches before weak ones. Never throws.
 */
export function lookup(text: string, options?: LookupOptions & { lang?: string }): LookupHit[] {
  return findMatches(text, options).map((match) => ({ ...match, entry: byId.get(match.id)! }));
}
