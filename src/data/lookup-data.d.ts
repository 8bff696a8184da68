// Types of the generated dist/data/lookup-data.js (written by npm run build:data).
import type { LookupData } from "../lookup/lookup-index.js";

/** The lookup index with each entry's code and titles: all `error-atlas/lookup` needs. */
export declare const lookupData: LookupData;
