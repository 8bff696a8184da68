import type { Problem } from "../shared/problem.js";
import type { SourceDocument } from "./document.js";
import { readRootFile } from "./root-file.js";

export const CATEGORIES_FILE = "categories.yaml";
export const TYPES_FILE = "types.yaml";

/** One governed vocabulary file, as read; its values are checked by the schema and EA021/EA022. */
export interface VocabularyFile {
  name: string;
  data: Record<string, unknown>;
  document?: SourceDocument;
}

export interface Vocabulary {
  categories: VocabularyFile;
  types: VocabularyFile;
  problems: Problem[];
}

/** Reads `categories.yaml` and `types.yaml` at the top of the entries folder. */
export function loadVocabulary(root: string, display?: (abs: string) => string): Vocabulary {
  const problems: Problem[] = [];
  const read = (name: string): VocabularyFile => {
    const file = readRootFile(root, name, display);
    problems.push(...file.problems);
    return { name, data: file.data, ...(file.document && { document: file.document }) };
  };
  return { categories: read(CATEGORIES_FILE), types: read(TYPES_FILE), problems };
}
