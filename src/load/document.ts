import matter from "gray-matter";

import { createProblem, type MessageData } from "../shared/messages.js";
import type { Position, Problem } from "../shared/problem.js";
import { decodeEntryFile } from "./decode.js";
import { createLocator, type YamlPath } from "./locate.js";
import { yamlSyntaxMessages, yamlUnsafeMessages } from "./messages.js";
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
  /** Hash of the file's text, when the parse cache computed one. */
  hash?: string;
  /** Line and column of a path inside the front matter (computed lazily). */
  locate(path: YamlPath, options?: { key?: boolean }): Position;
}

export type ReadResult = { document: SourceDocument; problems: [] } | { document?: undefined; problems: Problem[] };

/** Reads a file's bytes: strict UTF-8 (see decodeEntryFile), then the front matter and body. */
export function parseDocumentBytes(bytes: Uint8Array, file: string): ReadResult {
  const decoded = decodeEntryFile(bytes, file);
  return decoded.problem ? { problems: [decoded.problem] } : parseDocumentText(decoded.text, file);
}

/** gray-matter may run other front-matter languages (`---js` evaluates code): only YAML is ever parsed. */
const refuse = () => {
  throw new Error("only YAML front matter is allowed");
};

const normalize = (raw: string) => (raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw).replace(/\r\n?/g, "\n");

/** Parses a file's text: UTF-8 with or without BOM, LF or CRLF line ends. */
export function parseDocumentText(raw: string, file: string): ReadResult {
  const text = normalize(raw);
  const problem = <Id extends SyntaxId>(
    line: number,
    column: number,
    messageId: Id,
    data: MessageData<(typeof yamlSyntaxMessages)[Id]>,
  ): ReadResult => ({
    problems: [createProblem("EA001", yamlSyntaxMessages, messageId, data, { file, line, column })],
  });

  // The front matter is the text between a first line `---` and the next line `---`. gray-matter
  // splits it; the delimiters are checked first, so a file gets a precise message (and never
  // reaches gray-matter's other languages).
  if (!/^---[ \t]*\n/.test(text)) {
    return problem(1, 1, "no-front-matter", {});
  }
  if (!/\n---[ \t]*(?:\n|$)/.test(text)) return problem(1, 1, "unclosed", {});
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
  if (failure) return { problems: [describeYamlError(yaml, failure.reason, failure.mark, file)] };
  const strict = strictSyntaxError(yaml);
  if (strict) {
    return problem(strict.line, strict.column, "strict-syntax", { reason: strict.message.replace(/\.$/, "") });
  }
  const data = split.data.value;
  const body = split.content;
  const bodyLine = text.slice(0, text.length - body.length).split("\n").length;

  const locate = lazyLocator(() => yaml);

  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return problem(2, 1, "not-mapping", {});
  }
  const unsafe = findUnsafe(data);
  if (unsafe) {
    const where = locate(unsafe.path, { key: unsafe.reason === "proto-key" });
    return { problems: [createProblem("EA002", yamlUnsafeMessages, unsafe.reason, {}, { file, ...where })] };
  }

  return { document: { file, data, body, bodyLine, locate }, problems: [] };
}

type SyntaxId = keyof typeof yamlSyntaxMessages;

/** The parts of a parsed document that can be stored and restored (see ParseCache). */
export type StoredDocument = Pick<SourceDocument, "data" | "body" | "bodyLine">;

/**
 * A document restored from stored parts: positions are still computed on
 * demand, from the file read again (`read`) when a problem must be placed in
 * it — a stored document is one whose text did not change.
 */
export function restoreDocument(
  file: string,
  { data, body, bodyLine }: StoredDocument,
  hash: string | undefined,
  read: () => Uint8Array,
): SourceDocument {
  return { file, data, body, bodyLine, ...(hash && { hash }), locate: lazyLocator(() => frontMatterOf(read())) };
}

/** The front matter of a file that parsed before (see parseDocumentText), for locating paths in it. */
function frontMatterOf(bytes: Uint8Array): string {
  const decoded = decodeEntryFile(bytes, "");
  const text = decoded.problem ? "" : normalize(decoded.text);
  const close = text.search(/\n---[ \t]*(?:\n|$)/);
  // gray-matter hands the YAML engine the text after the opening `---`, from its line end on.
  return close < 0 ? "" : text.slice(text.indexOf("\n"), close);
}

function lazyLocator(yaml: () => string): SourceDocument["locate"] {
  let locator: ReturnType<typeof createLocator> | undefined;
  return (path: YamlPath, options?: { key?: boolean }) => (locator ??= createLocator(yaml()))(path, options);
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
  mark: { line: number; column: number } | undefined,
  file: string,
): Problem {
  const problem = <Id extends SyntaxId>(
    line: number,
    column: number,
    messageId: Id,
    data: MessageData<(typeof yamlSyntaxMessages)[Id]>,
  ) => createProblem("EA001", yamlSyntaxMessages, messageId, data, { file, line, column });
  const lines = yaml.split("\n");
  let line = (mark?.line ?? 0) + 1;
  let column = (mark?.column ?? 0) + 1;
  const text = lines[line - 1] ?? "";
  const plainValueWithColon = /^(\s*(?:- )?[A-Za-z_][\w-]*): ([^'"|>{[&*!].*?): /.exec(text);
  if (/bad indentation of a mapping entry|mapping pair/.test(reason) && plainValueWithColon) {
    return problem(line, plainValueWithColon[1]!.length + 3, "value-with-colon", {
      key: plainValueWithColon[1]!.trim(),
      value: text
        .slice(plainValueWithColon[1]!.length + 2)
        .trim()
        .replace(/"/g, '\\"'),
    });
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
      return problem(i + 1, indent + 1, "under-indented", { spaces: previousIndent });
    }
    break;
  }
  const messageId = /duplicated mapping key/.test(reason)
    ? "duplicate-key"
    : /tab/.test(reason)
      ? "tab-indent"
      : /indentation/.test(reason)
        ? "bad-indent"
        : "syntax-error";
  if (line > lines.length) [line, column] = [lines.length, 1];
  return problem(line, column, messageId, { reason });
}
