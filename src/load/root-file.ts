import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import type { Problem } from "../shared/problem.js";
import { decodeEntryFile } from "./decode.js";
import { parseDocumentText, type SourceDocument } from "./document.js";

/** A YAML file at the top of the entries folder (redirects, vocabularies), parsed with the entry parser's guards. */
export interface RootFile {
  /** The mapping in the file; empty when the file is absent, empty or broken. */
  data: Record<string, unknown>;
  /** The parsed file, for locating problems; absent when there is none. */
  document?: SourceDocument;
  problems: Problem[];
}

/**
 * Reads `<root>/<name>` through the entry parser (safe YAML, positions) by
 * giving the file a front-matter frame, then shifts positions back by the
 * framing line.
 */
export function readRootFile(root: string, name: string, display: (abs: string) => string = (p) => p): RootFile {
  const file = path.join(root, name);
  if (!existsSync(file)) return { data: {}, problems: [] };
  const decoded = decodeEntryFile(readFileSync(file), display(file));
  if (decoded.problem) return { data: {}, problems: [decoded.problem] };
  const text = decoded.text.replace(/^\uFEFF/, "");
  if (text.split("\n").every((line) => /^\s*(#|$)/.test(line))) return { data: {}, problems: [] };
  const read = parseDocumentText(`---\n${text}\n---\n`, display(file));
  if (!read.document) {
    return { data: {}, problems: read.problems.map((p) => ({ ...p, line: Math.max(1, p.line - 1) })) };
  }
  const document = { ...read.document, locate: shiftLocate(read.document.locate) };
  const value = read.document.data;
  const data =
    value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return { data, document, problems: [] };
}

function shiftLocate(locate: SourceDocument["locate"]): SourceDocument["locate"] {
  return (p, options) => {
    const position = locate(p, options);
    return { line: Math.max(1, position.line - 1), column: position.column };
  };
}
