// Types of the generated dist/data/entries.js (written by npm run build:data).
import type { CompiledEntry } from "../types/schema.js";

/** Every entry, sorted by id: the per-entry JSON files of the package, imported statically. */
export declare const entries: readonly CompiledEntry[];
