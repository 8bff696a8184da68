import type { LoadedEntry, SourceDocument } from "../load/index.js";
import type { YamlPath } from "../load/locate.js";
import type { Redirects } from "../load/redirects.js";
import type { Vocabulary } from "../load/vocabulary.js";
import type { MessageData, Messages, MessageTemplate } from "../shared/messages.js";
import type { Position, RuleCode } from "../shared/problem.js";
import type { SignatureTable } from "./signature-table.js";

export interface ReportOptions {
  /** Point at the field's key rather than its value. */
  key?: boolean;
  severity?: "error" | "warning";
}

/** A report's options: `data` fills the message's placeholders, so it is required exactly when the message has some. */
type WithData<T extends MessageTemplate, Options> = string extends keyof MessageData<T>
  ? [options?: Options & { data?: MessageData<T> }]
  : [options: Options & { data: MessageData<T> }];

export interface RuleContext<M extends Messages = Messages> {
  /** Every entry that parsed; its data may still break the schema, so rules read it defensively. */
  entries: readonly LoadedEntry[];
  /** Ids of all entries (from their paths). */
  ids: ReadonlySet<string>;
  /** Today as YYYY-MM-DD (UTC), or ATLAS_TODAY when set. */
  today: string;
  /** Every entry's signatures, compiled and parsed once for all rules. */
  signatures: SignatureTable;
  /** entries/redirects.yaml. */
  redirects: Redirects;
  /** entries/categories.yaml and entries/types.yaml. */
  vocabulary: Vocabulary;
  /** Ids published at the pull request's base, when known (validate --base). */
  baseIds?: readonly string[];
  /** Reports one of the rule's `messages` (by id) at a field of a document. */
  report<Id extends keyof M & string>(
    document: SourceDocument,
    path: YamlPath,
    messageId: Id,
    ...options: WithData<M[Id], ReportOptions>
  ): void;
  /** Reports a problem at a known line and column of a document (e.g. inside its Markdown body). */
  reportAt<Id extends keyof M & string>(
    document: SourceDocument,
    position: Position,
    messageId: Id,
    ...options: WithData<M[Id], Omit<ReportOptions, "key">>
  ): void;
  /** Reports a problem about an entry file that no longer exists. */
  missingEntry<Id extends keyof M & string>(
    id: string,
    messageId: Id,
    ...data: string extends keyof MessageData<M[Id]> ? [data?: MessageData<M[Id]>] : [data: MessageData<M[Id]>]
  ): void;
}

/**
 * A semantic check beyond the schema. Each rule lives in its own module and
 * keeps its code forever, so contributors and CI logs can refer to it.
 */
export interface Rule<M extends Messages = Messages> {
  /** Stable code, `EA` + three digits (listed in src/shared/problem.ts). */
  code: RuleCode;
  /** Stable kebab-case name. */
  name: string;
  /** What the rule requires, in one sentence (used for CONTRIBUTING's rule table). */
  description: string;
  /**
   * `catalog`: the rule compares entries with each other, so its results
   * change when any entry changes. Otherwise it checks each entry on its own,
   * and an unchanged entry's results can be reused.
   */
  scope?: "catalog";
  /** The rule only ever warns: builds, which stop on errors alone, may skip it. */
  warnsOnly?: boolean;
  /**
   * Everything the rule can say, by stable id: reports name an id and pass
   * the placeholders' values. Rules enforced while loading or by the schema
   * list the tables their code reports from.
   */
  messages: M;
  /** Runs the check; absent for rules enforced while loading or by the schema. */
  check?(context: RuleContext<M>): void | Promise<void>;
}

/**
 * Declares a rule, keeping its messages' literal ids and placeholders: a
 * report of an id the rule does not declare, or without the data its
 * message needs, does not compile.
 */
export function defineRule<const M extends Messages>(rule: Rule<M>): Rule {
  // A check written against its own ids accepts a context that takes any id; the runner looks each one up.
  return rule as unknown as Rule;
}

/** Reads a list field that may be malformed in an invalid entry. */
export function list<T = Record<string, unknown>>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

export function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
