/**
 * error-atlas/internal — helpers shared by the site and the repository's own
 * tools (UI strings, URL paths, figures and their wording, search tokens).
 * Browser-safe. Not part of the public API: it may change in any release.
 * (`error-atlas/internal/node` adds what needs Node, such as reading a data
 * folder.)
 */
export type { CatalogData } from "./internal-node.js";
// The engine without the data module: the site's pages load their index at run time.
export { LookupEngine } from "./lookup/engine.js";
export type { LookupData } from "./lookup/lookup-index.js";
export { targetsOf } from "./runtime/evidence.js";
export {
  confidenceFigure,
  deadEndFigure,
  describeFigure,
  fixRateFigure,
  formatInterval,
  percent,
  type RateFigure,
  workaroundFigure,
} from "./runtime/figures.js";
export { type StringKey, type Strings, t } from "./runtime/i18n/index.js";
export { type Language, languages, sourceLanguage, withNote } from "./runtime/languages.js";
export { composeTitle, localize, type LocalizedEntry, type LocalText } from "./runtime/localize.js";
export { hasHan, holdsEveryWord, searchTokens } from "./runtime/segment.js";
export { describeEntry, type EntryDescription, type HitSummary, summarize } from "./runtime/summary.js";
export { splitCode } from "./runtime/text.js";
export { categoryPath, entryPath, languageRoot, markdownPath, type SiteUrls, siteUrls } from "./runtime/urls.js";
export { type Category, labelIn, type Labels } from "./runtime/vocabulary.js";
export type * from "./types/public.js";
