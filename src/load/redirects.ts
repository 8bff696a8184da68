import type { Problem } from "../shared/problem.js";
import type { SourceDocument } from "./document.js";
import { readRootFile } from "./root-file.js";

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
export function loadRedirects(root: string, display?: (abs: string) => string): Redirects {
  const { data, document, problems } = readRootFile(root, REDIRECTS_FILE, display);
  const redirects: Record<string, string> = {};
  for (const [from, to] of Object.entries(data)) if (typeof to === "string") redirects[from] = to;
  return { redirects, ...(document && { document }), problems };
}
