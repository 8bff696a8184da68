/**
 * error-atlas/internal — helpers shared by the site and the repository's own
 * tools (UI strings, URL paths, figures and their wording, search tokens).
 * Browser-safe. Not part of the public API: it may change in any release.
 * (`error-atlas/internal/node` adds what needs Node, such as reading a data
 * folder.)
 */
export { t, type StringKey, type Strings } from "./runtime/i18n/index.js";
export { localize, composeTitle, type LocalizedEntry, type LocalText } from "./runtime/localize.js";
export {
  workaroundFigure,
  deadEndFigure,
  fixRateFigure,
  confidenceFigure,
  describeFigure,
  percent,
  formatInterval,
  type RateFigure,
} from "./runtime/figures.js";
export { languages, sourceLanguage, withNote, type Language } from "./runtime/languages.js";
export { labelIn, type Category, type Labels } from "./runtime/vocabulary.js";
export { targetsOf } from "./runtime/evidence.js";
export { splitCode } from "./runtime/text.js";
export { searchTokens } from "./runtime/segment.js";
export { entryPath, markdownPath, categoryPath, languageRoot, siteUrls, type SiteUrls } from "./runtime/urls.js";
export { summarize, describeEntry, type HitSummary, type EntryDescription } from "./runtime/summary.js";
export type { CatalogData } from "./internal-node.js";
export type * from "./types/public.js";
