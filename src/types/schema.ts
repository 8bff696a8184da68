/*
 * Generated from schema/*.schema.json by scripts/generate-types.ts.
 * Do not edit: change the schema and run `npm run types`.
 */

/**
 * A JavaScript regular expression as a string (case-sensitive), or an object with `regex` or `literal` and optional `ignore_case`.
 */
export type Signature = string | RegexSignature | LiteralSignature;
/**
 * One item of evidence; `kind` says which.
 */
export type Evidence = SourceEvidence | ReportEvidence | OutcomeEvidence;
/**
 * The catalog index published as /index.json and `error-atlas/index.json`: one summary row per entry, sorted by id.
 */
export type CatalogIndex = IndexRow[];

export interface AtlasSchemas {
  entry?: Entry;
  translation?: Translation;
  compiled?: CompiledEntry;
  index?: CatalogIndex;
}
/**
 * The YAML front matter of an English entry file, entries/<category>/<slug>.md. The Markdown after the front matter is the entry's optional long-form body.
 */
export interface Entry {
  /**
   * Stable id, `<category>/<slug>`; must equal the file's path under entries/ without `.md`. Ids are permanent: renaming needs a redirect.
   */
  id: string;
  /**
   * The error text as the software prints it, e.g. `421 4.7.0 Service not available, closing transmission channel`. Translatable.
   */
  title: string;
  /**
   * The error code exactly as printed (`421`, `ECONNREFUSED`, `E0382`); quote numbers in YAML so they stay strings. Omit when the error has no code.
   */
  code?: string;
  /**
   * Kind of failure in snake_case, e.g. `network_error`, `auth_error`, `config_error`, `build_error`, `runtime_error`, `permission_error`, `resource_error`, `tls_error`.
   */
  type: string;
  /**
   * How the entry was made. `ai_generated`: written by an AI model from public documentation and its training data; every rate is an estimate. `community`: written by a contributor from experience; rates are estimates. `verified`: a maintainer reproduced the error and checked the fixes; outcome evidence backs the rates. `imported`: converted from another catalog, named in `provenance_note`.
   */
  provenance: "ai_generated" | "community" | "verified" | "imported";
  /**
   * Free text on how the entry was made or where it came from (tools, sources, licence of imported data).
   */
  provenance_note?: string;
  /**
   * Earliest date (YYYY-MM-DD) the error is on record — when the catalog first recorded it, or the date of its earliest evidence. Not in the future; not after `updated` or any evidence date.
   */
  first_seen: string;
  /**
   * Date (YYYY-MM-DD) of the last change to the entry's content. Not in the future.
   */
  updated: string;
  /**
   * Estimated share (0..1) of cases the best known workaround resolves. Outcome evidence, where present, is shown beside it as a measurement.
   */
  fix_rate: number;
  /**
   * How sure the authors are of the entry's figures (0..1), as an estimate.
   */
  confidence: number;
  /**
   * What identifies this error inside a log line. Each is checked to compile as a JavaScript RegExp and to be safe from catastrophic backtracking.
   *
   * @minItems 1
   * @maxItems 20
   */
  signatures: Signature[];
  /**
   * Real-looking log lines in which the error appears. Each must be matched by one of this entry's signatures.
   *
   * @maxItems 10
   */
  examples: string[];
  /**
   * Version compatibility table: the products and versions the error concerns.
   *
   * @maxItems 50
   */
  versions: VersionRow[];
  root_cause: RootCause;
  /**
   * Official documentation: the RFC, the vendor's manual, the project's docs.
   *
   * @maxItems 20
   */
  docs: DocLink[];
  /**
   * What works, best first.
   *
   * @minItems 1
   * @maxItems 20
   */
  workarounds: Workaround[];
  /**
   * What people try that does not work, and why.
   *
   * @maxItems 20
   */
  dead_ends: DeadEnd[];
  /**
   * Sources, reports and outcome reports behind the entry. The evidence count shown on the site is the length of this list.
   *
   * @maxItems 500
   */
  evidence: Evidence[];
  /**
   * Ids of entries that really relate (the same protocol's neighbouring codes, an error that usually follows this one).
   *
   * @maxItems 30
   *
   * Items: `<category>/<slug>`, lower-case letters, digits and single hyphens.
   */
  related?: string[];
}
export interface RegexSignature {
  /**
   * A JavaScript regular expression source, without slashes.
   */
  regex: string;
  /**
   * Match without regard to letter case.
   */
  ignore_case?: boolean;
}
export interface LiteralSignature {
  /**
   * Plain text matched as it is: no escaping needed.
   */
  literal: string;
  /**
   * Match without regard to letter case.
   */
  ignore_case?: boolean;
}
export interface VersionRow {
  /**
   * Product name, e.g. `Postfix`.
   */
  product: string;
  /**
   * Version or edition, e.g. `3.8.0`, `2019`, `SMTP endpoint`; quote numbers in YAML.
   */
  version: string;
  /**
   * `active`: the error occurs in this version. `fixed`: the cause was fixed in this version. `deprecated`: the behaviour or product line is deprecated. `unknown`: not checked.
   */
  status: "active" | "fixed" | "deprecated" | "unknown";
  /**
   * Version in which the behaviour first appeared.
   */
  introduced?: string;
  /**
   * Version in which the behaviour was deprecated or removed.
   */
  deprecated?: string;
  /**
   * Short note on this row.
   */
  notes?: string;
}
/**
 * Why the error happens.
 */
export interface RootCause {
  /**
   * `generic`: wherever the error appears (e.g. a protocol rule). `product`: specific to one product. `version`: specific to some versions. `environment`: depends on the OS, network or platform. `configuration`: caused by a setting.
   */
  scope: "generic" | "product" | "version" | "environment" | "configuration";
  /**
   * The mechanism behind the error. Translatable.
   */
  text: string;
}
export interface DocLink {
  /**
   * Link text, e.g. `RFC 5321 §4.2.5`.
   */
  title: string;
  /**
   * An absolute http or https URL.
   */
  url: string;
}
export interface Workaround {
  /**
   * Short id of a list item, unique within the entry, so translations and evidence can point at it.
   */
  id: string;
  /**
   * What to do: plain text in which backticks mark commands, options and file names. Translatable.
   */
  text: string;
  /**
   * Optional command or code that carries it out, shown as a code block; not translated.
   */
  how?: string;
  /**
   * Estimated share of cases it resolves.
   */
  success_rate: number;
}
export interface DeadEnd {
  /**
   * Short id of a list item, unique within the entry, so translations and evidence can point at it.
   */
  id: string;
  /**
   * What people try: plain text, backticks mark code. Translatable.
   */
  text: string;
  /**
   * Why it does not work: plain text, backticks mark code. Translatable.
   */
  why: string;
  /**
   * Estimated share of cases in which it fails.
   */
  fail_rate: number;
}
/**
 * A document that supports the entry's facts (a specification, a manual page, source code).
 */
export interface SourceEvidence {
  kind: "source";
  /**
   * An absolute http or https URL.
   */
  url: string;
  title?: string;
  /**
   * Short id of a list item, unique within the entry, so translations and evidence can point at it.
   */
  target?: string;
}
/**
 * A public report of the error happening (an issue, a forum thread, a mailing-list post).
 */
export interface ReportEvidence {
  kind: "report";
  /**
   * An absolute http or https URL.
   */
  url: string;
  title?: string;
  /**
   * A real calendar date, YYYY-MM-DD.
   */
  date?: string;
}
/**
 * Someone tried a workaround or dead end of this entry and reported the result.
 */
export interface OutcomeEvidence {
  kind: "outcome";
  /**
   * Short id of a list item, unique within the entry, so translations and evidence can point at it.
   */
  target: string;
  /**
   * Whether the error went away.
   */
  result: "success" | "failure";
  /**
   * A real calendar date, YYYY-MM-DD.
   */
  date: string;
  /**
   * An absolute http or https URL.
   */
  source: string;
}
/**
 * The YAML front matter of a translation file, entries/<category>/<slug>.<lang>.md (e.g. `.zh.md`). It holds only translated text, keyed by the English entry's fields and item ids; figures, URLs and signatures always come from the English file. The Markdown after the front matter is the translated body. Every field is optional: a missing one falls back to English and counts as untranslated.
 */
export interface Translation {
  /**
   * Translated title.
   */
  title?: string;
  /**
   * Translated root cause text.
   */
  root_cause?: string;
  /**
   * Translated workaround texts, keyed by workaround id.
   */
  workarounds?: {
    [k: string]: string;
  };
  /**
   * Translated dead ends, keyed by dead-end id.
   */
  dead_ends?: {
    [k: string]: DeadEndTranslation;
  };
  /**
   * For each translated field (`title`, `root_cause`, `workarounds.<id>`, `dead_ends.<id>.text`, `dead_ends.<id>.why`, `body`), the first 8 hex digits of the SHA-256 of the English text it was translated from. Written by `npm run i18n -- --mark-reviewed <id>`; when the English changes, the field is reported as outdated.
   */
  translated_from?: {
    [k: string]: string;
  };
}
export interface DeadEndTranslation {
  /**
   * What people try.
   */
  text?: string;
  /**
   * Why it does not work.
   */
  why?: string;
}
/**
 * One entry as the data package exports it and the site publishes it at /<id>.json: the English source merged with every translation, with the derived figures (evidence count, measured rates, translation status, completeness) computed by the compiler.
 */
export interface CompiledEntry {
  /**
   * `<category>/<slug>`, lower-case letters, digits and single hyphens.
   */
  id: string;
  /**
   * First segment of the id.
   */
  category: string;
  /**
   * Second segment of the id.
   */
  slug: string;
  title: string;
  code?: string;
  type: string;
  provenance: "ai_generated" | "community" | "verified" | "imported";
  provenance_note?: string;
  first_seen: string;
  updated: string;
  /**
   * Computed: `complete` when the entry has examples, docs, versions, at least one dead end, and every language is fully translated and current; otherwise `partial`.
   */
  completeness: "complete" | "partial";
  /**
   * Estimated share of cases the best workaround resolves (from the entry file).
   */
  fix_rate: number;
  /**
   * Confidence in the figures: the entry's estimate, or, once outcome reports exist, derived from them (see `confidence_basis`).
   */
  confidence: number;
  /**
   * `estimate`: typed by the authors. `evidence`: computed from outcome reports.
   */
  confidence_basis?: "estimate" | "evidence";
  /**
   * Length of the evidence list.
   */
  evidence_count: number;
  signatures: CompiledSignature[];
  examples: string[];
  versions: VersionRow[];
  root_cause: RootCause;
  docs: DocLink[];
  workarounds: CompiledWorkaround[];
  dead_ends: CompiledDeadEnd[];
  evidence: Evidence[];
  related: string[];
  /**
   * The long-form explanation, or null when the entry has none.
   */
  body: Body | null;
  /**
   * Per configured language other than English (e.g. `zh`).
   */
  translations: {
    [k: string]: CompiledTranslation;
  };
}
/**
 * A signature normalised to a JavaScript RegExp source (literals escaped).
 */
export interface CompiledSignature {
  regex: string;
  ignore_case: boolean;
}
export interface CompiledWorkaround {
  id: string;
  text: string;
  how?: string;
  /**
   * The authors' estimate.
   */
  success_rate: number;
  measured?: Measured;
}
/**
 * Computed from outcome reports: `n` reports, of which `successes` say the error went away; `rate` = successes / n with its Wilson 95 % interval [`low`, `high`]. For a dead end the fail rate is 1 − rate.
 */
export interface Measured {
  n: number;
  successes: number;
  rate: number;
  low: number;
  high: number;
}
export interface CompiledDeadEnd {
  id: string;
  text: string;
  why: string;
  /**
   * The authors' estimate.
   */
  fail_rate: number;
  measured?: Measured;
}
export interface Body {
  /**
   * The Markdown source.
   */
  markdown: string;
  /**
   * Rendered and sanitised HTML: no raw HTML from the source, only http(s) and relative links.
   */
  html: string;
}
export interface CompiledTranslation {
  title?: string;
  root_cause?: string;
  workarounds: {
    [k: string]: string;
  };
  dead_ends: {
    [k: string]: DeadEndTranslation;
  };
  body: Body | null;
  status: TranslationStatus;
}
export interface TranslationStatus {
  /**
   * Number of translatable fields in the English entry.
   */
  translatable: number;
  /**
   * How many of them have a translation.
   */
  translated: number;
  /**
   * translated / translatable.
   */
  coverage: number;
  /**
   * Field paths without a translation.
   */
  missing: string[];
  /**
   * Field paths whose English text changed since it was translated (or with no recorded source hash).
   */
  outdated: string[];
}
export interface IndexRow {
  id: string;
  category: string;
  title: string;
  code?: string;
  type: string;
  provenance: string;
  completeness: "complete" | "partial";
  fix_rate: number;
  confidence: number;
  evidence_count: number;
  first_seen: string;
  updated: string;
  /**
   * Per translation language: the translated title (if any), coverage (0..1) and the number of outdated fields.
   */
  translations: {
    [k: string]: IndexTranslation;
  };
}
export interface IndexTranslation {
  title?: string;
  coverage: number;
  outdated: number;
}
