import type { Problem, RuleCode } from "./problem.js";

/**
 * One message of a rule, declared as data (as ESLint rules do): a report
 * names it by id and passes the values of its `{{name}}` placeholders. The
 * braces are doubled because hints quote YAML such as `{ literal: "…" }`.
 */
export interface MessageTemplate {
  readonly text: string;
  /** What to do about it. A hint that fills to nothing (an undocumented schema field) is left out. */
  readonly hint: string;
}

/** A rule's messages by id; ids are kebab-case and unique within the rule. */
export type Messages = Readonly<Record<string, MessageTemplate>>;

type Placeholders<S extends string> = S extends `${string}{{${infer Name}}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

type PlaceholdersOf<T extends MessageTemplate> = Placeholders<T["text"]> | Placeholders<T["hint"]>;

/** The values a message needs: one per placeholder of its text and hint (none for a plain message). */
export type MessageData<T extends MessageTemplate> = Readonly<
  [PlaceholdersOf<T>] extends [never] ? Record<string, never> : Record<PlaceholdersOf<T>, string | number>
>;

/** Keeps the literal texts of a table, so reports are checked against its ids and placeholders. */
export const defineMessages = <const M extends Messages>(messages: M): M => messages;

/**
 * Fills `{{name}}` placeholders. A placeholder without a value is a bug in
 * the rule that reports it: it throws rather than print a half-filled
 * message (the rule's tests, and the runner's "rule failed" problem, show it).
 */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{([^{}]*)\}\}/g, (_, name: string) => {
    if (!/^\w+$/.test(name) || !Object.hasOwn(data, name)) {
      throw new Error(`message placeholder {{${name}}} has no value in ${JSON.stringify(data)}`);
    }
    return String(data[name]);
  });
}

/** A located problem with one of a rule's declared messages, filled with `data`. */
export function createProblem<M extends Messages, Id extends keyof M & string>(
  code: RuleCode,
  messages: M,
  messageId: Id,
  data: MessageData<M[Id]>,
  where: { file: string; line: number; column: number },
  severity: Problem["severity"] = "error",
): Problem {
  const template = Object.hasOwn(messages, messageId) ? messages[messageId] : undefined;
  if (!template) throw new Error(`${code} has no message \`${messageId}\``);
  const hint = formatMessage(template.hint, data);
  return {
    file: where.file,
    line: where.line,
    column: where.column,
    code,
    messageId,
    message: formatMessage(template.text, data),
    ...(hint && { hint }),
    severity,
  };
}
