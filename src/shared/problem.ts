/** Every rule code, in order (src/validate/rules/index.ts has a module for each). A code, once published, is never reused. */
export const RULE_CODES = [
  "EA001",
  "EA002",
  "EA003",
  "EA004",
  "EA005",
  "EA006",
  "EA007",
  "EA008",
  "EA009",
  "EA010",
  "EA011",
  "EA012",
  "EA013",
  "EA014",
  "EA015",
  "EA016",
  "EA017",
  "EA018",
  "EA019",
  "EA020",
  "EA021",
  "EA022",
  "EA023",
  "EA024",
  "EA025",
  "EA026",
  "EA027",
  "EA028",
  "EA029",
  "EA030",
] as const;

export type RuleCode = (typeof RULE_CODES)[number];

/** A problem found in an entry file, reported as `file:line:column  CODE  message  (hint)`. */
export interface Problem {
  /** Path as shown to the contributor, relative to the working directory. */
  file: string;
  /** 1-based line and column in `file`. */
  line: number;
  column: number;
  code: RuleCode;
  /** Which of the rule's messages this is (a key of the rule's `messages`), stable across wording changes. */
  messageId: string;
  message: string;
  hint?: string;
  severity: "error" | "warning";
}

export interface Position {
  line: number;
  column: number;
}

export function byLocation(a: Problem, b: Problem): number {
  return a.file < b.file
    ? -1
    : a.file > b.file
      ? 1
      : a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}
