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

/**
 * The YAML front matter of an English entry file, entries/<category>/<slug>.md. The Markdown after the front matter is the entry's optional long-form body.
 */
export interface Entry {
  /**
   * Stable id, `<category>/<slug>`; must equal the file's path under entries/ without `.md`. Ids are permanent: renaming needs a redirect.
   */
  id: string;
  /**
   * The error as the software prints it, generic: where the printed text carries one instance (a port, a path, a module name, an ARN), write a placeholder such as `<port>` or `<module>`. At most 64 characters. Translatable (translations give a gloss shown after this text).
   */
  title: string;
  /**
   * The error code exactly as printed (`421`, `ECONNREFUSED`, `E0382`); quote numbers in YAML so they stay strings. Omit when the error has no code.
   */
  code?: string;
  /**
   * Kind of failure: a key of `entries/types.yaml` (the type vocabulary), e.g. `network_error`, `auth_error`, `config_error`.
   */
  type: string;
  /**
   * How the entry was made. `ai_generated`: written by an AI model from public documentation and its training data; every rate is an estimate. `community`: written by a contributor from experience; rates are estimates. `verified`: a maintainer reproduced the error and checked the fixes; outcome evidence backs the rates. `imported`: converted from another catalog, named in `provenance_note`.
   */
  provenance: "ai_generated" | "community" | "verified" | "imported";
  /**
   * How the entry was made and reviewed, for the page's "about this entry" block (tools, sources, licence of imported data). Translatable.
   */
  provenance_note?: string;
  /**
   * Optional estimate of the share of cases the best known fix resolves. Omit it to use the first workaround's figure (estimated or measured); when given, `fix_rate_basis` says what it rests on.
   */
  fix_rate?: number;
  /**
   * What the typed `fix_rate` rests on, in one line.
   */
  fix_rate_basis?: string;
  /**
   * Optional estimate of how sure the authors are of the entry's figures (0..1); needs `confidence_basis`. Outcome reports replace it with a measured value.
   */
  confidence?: number;
  /**
   * What the typed `confidence` rests on, in one line.
   */
  confidence_basis?: string;
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
   * Dated sources and reports behind the entry. Every workaround and dead end is the `target` of at least one; the earliest dated record of the error gives the entry's `first_seen`. The evidence count shown on the site is the length of this list.
   *
   * @maxItems 500
   */
  evidence: Evidence[];
  /**
   * Ids of entries that really relate (the same protocol's neighbouring codes, the same symptom in another product, an error that usually follows this one). At least two.
   *
   * @maxItems 30
   *
   * Items: `<category>/<slug>`, lower-case letters, digits and single hyphens.
   */
  related?: string[];
  /**
   * Entries whose examples this entry's signatures are meant to match too (an error printed inside another one, e.g. Node's `Cannot find module` inside Lambda's `Runtime.ImportModuleError`). Each listed overlap must still happen: an exception that no longer applies is an error (EA017).
   *
   * @maxItems 20
   *
   * Items: `<category>/<slug>`, lower-case letters, digits and single hyphens.
   */
  overlaps?: string[];
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
   * Estimated share of cases it resolves; `basis` says what the estimate rests on.
   */
  success_rate: number;
  /**
   * One line saying what an estimate rests on: the documentation that states it, the threads where it was reported to work or fail, the votes or duplicates behind it. Shown next to the estimate.
   */
  basis: string;
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
   * Estimated share of cases in which it fails; `basis` says what the estimate rests on.
   */
  fail_rate: number;
  /**
   * One line saying what an estimate rests on: the documentation that states it, the threads where it was reported to work or fail, the votes or duplicates behind it. Shown next to the estimate.
   */
  basis: string;
}
/**
 * Official documentation, a specification, release notes or source code that states the fact (the manual section that says what a workaround does, the RFC that defines the code).
 */
export interface SourceEvidence {
  kind: "source";
  /**
   * An absolute http or https URL.
   */
  url: string;
  /**
   * The record's title as it shows it.
   */
  title: string;
  /**
   * The date of the cited record as the record shows it: YYYY-MM-DD, or YYYY-MM when it gives only a month (an RFC, a release).
   */
  date?: string;
  /**
   * The workaround(s) or dead end(s) this record supports, by item id.
   */
  target?: string | string[];
}
/**
 * A real public thread (an issue, a forum or Q&A thread, a mailing-list post) where the error was reported, or where a fix was reported to work or to fail.
 */
export interface ReportEvidence {
  kind: "report";
  /**
   * An absolute http or https URL.
   */
  url: string;
  /**
   * The thread's title as it shows it.
   */
  title: string;
  /**
   * The date of the cited record as the record shows it: YYYY-MM-DD, or YYYY-MM when it gives only a month (an RFC, a release).
   */
  date: string;
  /**
   * The workaround(s) or dead end(s) this record supports, by item id.
   */
  target?: string | string[];
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
   * A gloss of the English title in this language, shown after the English error text (which readers paste into search engines), e.g. `端口已被占用`. It does not repeat the English text.
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
   * Translated `basis` lines of workarounds and dead ends, keyed by item id.
   */
  basis?: {
    [k: string]: string;
  };
  /**
   * Translated `fix_rate_basis`.
   */
  fix_rate_basis?: string;
  /**
   * Translated `confidence_basis`.
   */
  confidence_basis?: string;
  /**
   * Translated `provenance_note`.
   */
  provenance_note?: string;
  /**
   * For each translated field (`title`, `root_cause`, `workarounds.<id>`, `dead_ends.<id>.text`, `dead_ends.<id>.why`, `basis.<id>`, `fix_rate_basis`, `confidence_basis`, `provenance_note`, `body`), the first 8 hex digits of the SHA-256 of the English text it was translated from. Written by `npm run i18n -- --mark-reviewed <id>`; when the English changes, the field is reported as outdated.
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
  /**
   * Computed: the date of the earliest cited record of the error (the earliest dated report, or dated source without a target). Absent when no dated record is cited: pages say "unknown".
   */
  first_seen?: string;
  /**
   * Computed at build time from git: the date (YYYY-MM-DD) of the last commit that changed one of the entry's files. Absent outside a git checkout or for files never committed.
   */
  updated?: string;
  /**
   * Computed: `complete` when the entry has examples, docs, versions, at least one dead end, and every language is fully translated and current; otherwise `partial`.
   */
  completeness: "complete" | "partial";
  /**
   * Share of cases the best fix resolves: the entry's typed estimate, else the first workaround's figure (measured when outcome reports exist).
   */
  fix_rate: number;
  /**
   * `measured`: from outcome reports (with a Wilson interval on the workaround); `estimate`: typed by the authors, with `fix_rate_basis`.
   */
  fix_rate_kind: "estimate" | "measured";
  /**
   * What the fix rate rests on: the typed basis, or the first workaround's.
   */
  fix_rate_basis: string;
  /**
   * Confidence in the figures, when known: the authors' typed estimate, or, once outcome reports exist, derived from them. Absent when neither.
   */
  confidence?: number;
  /**
   * `estimate`: typed by the authors (see `confidence_basis`); `measured`: computed from outcome reports.
   */
  confidence_kind?: "estimate" | "measured";
  /**
   * What the confidence rests on, in one line.
   */
  confidence_basis?: string;
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
  /**
   * What the estimate rests on.
   */
  basis: string;
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
  /**
   * What the estimate rests on.
   */
  basis: string;
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
  basis: {
    [k: string]: string;
  };
  fix_rate_basis?: string;
  confidence_basis?: string;
  provenance_note?: string;
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
  confidence?: number;
  evidence_count: number;
  first_seen?: string;
  updated?: string;
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
