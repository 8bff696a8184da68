import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseDocumentText, type SourceDocument } from "./document.js";
import type { Problem } from "../problem.js";

export const REDIRECTS_FILE = "redirects.yaml";

export interface Redirects {
  /** Old id → the id that replaces it. */
  redirects: Record<string, string>;
  /** The parsed file, for locating problems; absent when there is none. */
  document?: SourceDocument;
  problems: Problem[];
}

/**
 * Reads `redirects.yaml` at the top of the entries folder: `old-id: new-id`
 * lines. Ids are permanent, so a renamed or removed entry keeps its old URL
 * and package id alive through this file.
 */
export function loadRedirects(root: string, display: (abs: string) => string = (p) => p): Redirects {
  const file = path.join(root, REDIRECTS_FILE);
  if (!existsSync(file)) return { redirects: {}, problems: [] };
  const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  if (text.split("\n").every((line) => /^\s*(#|$)/.test(line))) return { redirects: {}, problems: [] };
  // Reuse the entry parser (safe YAML, positions) by giving the file a front-matter frame.
  const read = parseDocumentText(`---\n${text}\n---\n`, display(file));
  if (!read.document) return { redirects: {}, problems: read.problems.map((p) => ({ ...p, line: Math.max(1, p.line - 1) })) };
  const document = { ...read.document, locate: shiftLocate(read.document.locate) };
  const data = read.document.data === null || typeof read.document.data !== "object" ? {} : (read.document.data as Record<string, unknown>);
  const redirects: Record<string, string> = {};
  for (const [from, to] of Object.entries(data)) if (typeof to === "string") redirects[from] = to;
  return { redirects, document, problems: [] };
}

/** The framing `---` line shifts every position by one. */
function shiftLocate(locate: SourceDocument["locate"]): SourceDocument["locate"] {
  return (p, options) => {
    const position = locate(p, options);
    return { line: Math.max(1, position.line - 1), column: position.column };
  };
}
