// Types of the generated dist/data/catalog.js (written by npm run build:data).
import type { Category, Labels } from "../runtime/vocabulary.js";

/** Old id → current id, for renamed entries. */
export declare const redirects: Readonly<Record<string, string>>;
/** Categories that have entries, with labels, descriptions and counts, sorted by id. */
export declare const categories: readonly Category[];
/** The type vocabulary: key → labels. */
export declare const types: Readonly<Record<string, Labels>>;
