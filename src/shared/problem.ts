/** A problem found in an entry file, reported as `file:line:column  CODE  message  (hint)`. */
export interface Problem {
  /** Path as shown to the contributor, relative to the working directory. */
  file: string;
  /** 1-based line and column in `file`. */
  line: number;
  column: number;
  code: string;
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
