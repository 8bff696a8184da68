/*
 * Generated from schema/*.schema.json by scripts/generate-types.ts.
 * Do not edit: change the schema and run `npm run types`.
 */

/**
 * One item of evidence; `kind` says which.
 */
export type Evidence = SourceEvidence | ReportEvidence | OutcomeEvidence;
/**
 * The catalog index published as /index.json and `error-atlas/index.json`: one summary row per entry, sorted by id.
 */
export type CatalogIndex = IndexRow[];

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
   * An absolute http or https URL, with no user name before the host (`https://github.com@example.org/` goes to example.org).
   */
  url: string;
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
/**
 * Official documentation, a specification, release notes or source code that states the fact (the manual section that says what a workaround does, the RFC that defines the code).
 */
export interface SourceEvidence {
  kind: "source";
  /**
   * An absolute http or https URL, with no user name before the host (`https://github.com@example.org/` goes to example.org).
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
   * An absolute http or https URL, with no user name before the host (`https://github.com@example.org/` goes to example.org).
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
   * An absolute http or https URL, with no user name before the host (`https://github.com@example.org/` goes to example.org).
   */
  source: string;
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
