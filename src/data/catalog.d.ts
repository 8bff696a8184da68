// Types of the generated dist/data/catalog.js (written by npm run build:data).
import type { CompiledEntry } from "../types/schema.js";
import type { LookupIndex } from "../lookup/lookup-index.js";

/** Every entry, sorted by id. */
export declare const entries: readonly CompiledEntry[];
/** Old id → current id, for renamed entries. */
export declare const redirects: Readonly<Record<string, string>>;
/** Signatures and codes for `lookup`. */
export declare const lookupIndex: LookupIndex;
