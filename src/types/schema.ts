/*
 * Generated from schema/*.schema.json by scripts/generate-types.ts.
 * Do not edit: change the schema and run `npm run types`.
 */

import type {
  DeadEndTranslation,
  DocLink,
  Evidence,
  RootCause,
  VersionRow,
} from "./public.js";

export type * from "./public.js";

/**
 * A JavaScript regular expression as a string (case-sensitive), or an object with `regex` or `literal` and optional `ignore_case`.
 */
export type Signature = string | RegexSignature | LiteralSignature;

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
