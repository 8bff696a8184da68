import matter from "gray-matter";

import type { Position, Problem, RuleCode } from "../shared/problem.js";
import { decodeEntryFile } from "./decode.js";
import { createLocator, type YamlPath } from "./locate.js";
import { findUnsafe, parseYaml, strictSyntaxError } from "./yaml.js";

/** One parsed entry or translation file. */
export interface SourceDocument {
  /** Path for messages, relative to the working directory, with `/`. */
  file: string;
  /** Front-matter data, not yet validated. */
  data: unknown;
  /** Markdown after the front matter (may be empty). */
  body: string;
  /** 1-based line on which `body` starts. */
  bodyLine: number;
  /** Front matter text; its line numbers are the file's. */
  yaml: string;
  /** Hash of the file's text, when the parse cache computed one. */
  hash?: string;
  /** Line and column of a path inside the front matter (computed lazily). */
  locate(path: YamlPath, options?: { key?: boolean }): Position;
}

export type ReadResult = { document: SourceDocument; problems: [] } | { document?: undefined; problems: Problem[] };

/** Reads a file's bytes: strict UTF-8 (see decodeEntryFile), then the front matter and body. */
export function parseDocumentBytes(bytes: Uint8Array, file: string): ReadResult {
  const decoded = decodeEntryFile(bytes);
  if (decoded.problem) {
    const { position, message, hint } = decoded.problem;
    return {
      problems: [
        { file, line: position.line, column: position.column, code: "EA029", message, hint, severity: "error" },
      ],
    };
  }
  return parseDocumentText(decoded.text, file);
}

/** gray-matter may run other front-matter languages (`---js` evaluates code): only YAML is ever parsed. */
const refuse = () => {
  throw new Error("only YAML front matter is allowed");
};

/** Parses a file's text: UTF-8 with or without BOM, LF or CRLF line ends. */
export function parseDocumentText(raw: string, file: string): ReadResult {
  const text = (raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw).replace(/\r\n?/g, "\n");
  const problem = (
    line: number,
    column: number,
    message: string,
    hint: string,
    code: RuleCode = "EA001",
  ): ReadResult => ({
    problems: [{ file, line, column, code, message, hint, severity: "error" }],
  });

  // The front matter is the text between a first line `---` and the next line `---`. gray-matter
  // splits it; the delimiters are checked first, so a file gets a precise message (and never
  // reaches gray-matter's other languages).
  if (!/^---[ \t]*\n/.test(text)) {
    return problem(
      1,
      1,
      "the file does not start with a `---` front-matter block",
      "begin the file with `---`, the YAML fields, then `---`",
    );
  }
  if (!/\n---[ \t]*(?:\n|$)/.test(text)) {
    return problem(1, 1, "the front matter is never closed", "end the YAML fields with a line `---`");
  }
  let yaml = "";
  let failure: { reason: string; mark?: { line: number; column: number } } | undefined;
  const split = matter(text, {
    language: "yaml",
    engines: {
      // gray-matter hands over the text after the opening `---`, starting with its line end, so
      // YAML line numbers are the file's.
      yaml: (source: string) => {
        yaml = source;
        try {
          return { value: parseYaml(source) };
        } catch (error) {
          failure = {
            reason: (error as { reason?: string }).reason ?? "invalid YAML",
            mark: (error as { mark?: { line: number; column: number } }).mark,
          };
          return {};
        }
      },
      js: refuse,
      javascript: refuse,
      json: refuse,
      coffee: refuse,
    },
  }) as { data: { value?: unknown }; content: string };
  if (failure) {
    const { line, column, message, hint } = describeYamlError(yaml, failure.reason, failure.mark);
    return problem(line, column, message, hint);
  }
  const strict = strictSyntaxError(yaml);
  if (strict) {
    return problem(
      strict.line,
      strict.column,
      `invalid YAML: ${strict.message.replace(/\.$/, "")}`,
      "put a space before `#` when it starts a comment, or quote the whole value when `#` belongs to it",
    );
  }
  const data = split.data.value;
  const body = split.content;
  const bodyLine = text.slice(0, text.length - body.length).split("\n").length;

  const locate = lazyLocator(yaml);

  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return problem(
      2,
      1,
      "the front matter must be a mapping of `field: value` lines",
      "see an existing entry for the layout",
    );
  }
  const unsafe = findUnsafe(data);
  if (unsafe) {
    const where = locate(unsafe.path, { key: unsafe.reason === "proto-key" });
    return unsafe.reason === "alias"
      ? problem(
          where.line,
          where.column,
          "YAML anchors and aliases (`&name`, `*name`) are not allowed in entries",
          "write the value out in full",
          "EA002",
        )
      : problem(where.line, where.column, "the key `__proto__` is not allowed", "rename or remove the key", "EA002");
  }

  return { document: { file, data, body, bodyLine, yaml, locate }, problems: [] };
}

/** The parts of a parsed document that can be stored and restored (see ParseCache). */
export type StoredDocument = Pick<SourceDocument, "data" | "body" | "bodyLine" | "yaml">;

/** A document restored from stored parts: positions are still computed on demand. */
export function restoreDocument(file: string, stored: StoredDocument, hash?: string): SourceDocument {
  return { file, ...stored, ...(hash && { hash }), locate: lazyLocator(stored.yaml) };
}

function lazyLocator(yaml: string): SourceDocument["locate"] {
  let locator: ReturnType<typeof createLocator> | undefined;
  return (path: YamlPath, options?: { key?: boolean }) => (locator ??= createLocator(yaml))(path, options);
}

/**
 * A YAML error in words a contributor can act on, at the line that causes
 * it. Two mistakes are common enough to name: an unquoted value holding
 * `: ` (`title: Error: …`), and a continuation line indented less than the
 * text it continues.
 */
export function describeYamlError(
  yaml: string,
  reason: string,
  mark?: { line: number; column: number },
): { line: number; column: number; message: string; hint: string } {
  const lines = yaml.split("\n");
  let line = (mark?.line ?? 0) + 1;
  let column = (mark?.column ?? 0) + 1;
  const text = lines[line - 1] ?? "";
  const plainValueWithColon = /^(\s*(?:- )?[A-Za-z_][\w-]*): ([^'"|>{[&*!].*?): /.exec(text);
  if (/bad indentation of a mapping entry|mapping pair/.test(reason) && plainValueWithColon) {
    return {
      line,
      column: plainValueWithColon[1]!.length + 3,
      message: "YAML syntax error: the value contains `: `, which YAML reads as a new key",
      hint: `put the value in quotes, e.g. ${plainValueWithColon[1]!.trim()}: "${text
        .slice(plainValueWithColon[1]!.length + 2)
        .trim()
        .replace(/"/g, '\\"')}"`,
    };
  }
  // A line that is not a key, a list item or a comment, indented less than the previous text line, continues it badly.
  for (let i = Math.min(line, lines.length) - 1; i > 0; i--) {
    const current = lines[i]!;
    if (!current.trim()) continue;
    const indent = current.length - current.trimStart().length;
    const previous = lines
      .slice(0, i)
      .reverse()
      .find((l) => l.trim());
    const previousIndent = previous ? previous.length - previous.trimStart().length : 0;
    const isStructure = /^\s*(?:- |#|[A-Za-z_"'][\w .-]*:(?:\s|$))/.test(current);
    if (!isStructure && previous && indent < previousIndent && !/:\s*$/.test(previous)) {
      return {
        line: i + 1,
        column: indent + 1,
        message: "YAML syntax error: this line is indented less than the text it continues",
        hint: `indent it by ${previousIndent} spaces like the line above, or quote the whole value`,
      };
    }
    break;
  }
  const hint = /duplicated mapping key/.test(reason)
    ? "each field may appear only once; remove or merge the duplicate"
    : /tab/.test(reason)
      ? "indent with spaces, not tabs"
      : /indentation/.test(reason)
        ? "align the item with its siblings (two spaces per level)"
        : "quote values that contain `: `, `#`, or start with a special character such as `*`, `&`, `@`, `'` or `\"`";
  if (line > lines.length) [line, column] = [lines.length, 1];
  return { line, column, message: `YAML syntax error: ${reason}`, hint };
}
