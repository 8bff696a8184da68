import { createHash } from "node:crypto";

import type { LoadedEntry } from "../load/index.js";
import { readCacheFile, writeCacheFile } from "../node/cache-file.js";
import type { Problem } from "../shared/problem.js";
import type { Safety } from "./regex-safety.js";
import type { LookupMemo } from "./signature-table.js";

interface Saved {
  version: string;
  entries: Record<string, { fingerprint: string; problems: Problem[] }>;
  catalog?: { fingerprint: string; problems: Problem[] };
  lookups?: LookupMemo;
  /** Signature safety verdicts, by flags and pattern. */
  verdicts?: Record<string, Safety>;
}

/** What an entry's results depend on: its files' texts and where they are shown from. */
export function fingerprint(entry: LoadedEntry): string {
  const hash = createHash("sha1");
  for (const document of [entry.source, ...Object.values(entry.translations)]) {
    hash.update(document.file).update("\0");
    hash.update(document.hash ?? JSON.stringify([document.data, document.body])).update("\0");
  }
  return hash.digest("base64url");
}

/**
 * Validation results kept between runs. An entry whose files did not change
 * keeps its schema and per-entry rule results; rules that compare entries
 * (scope `catalog`) are reused only when no entry changed at all, but the
 * examples' lookups they need are kept while no signature changed. The
 * version covers the validator's own source, the schemas and the options, so
 * a change to any of them starts afresh.
 */
export class ResultCache {
  private saved: Saved;
  private readonly next: Saved;

  constructor(
    private readonly file: string,
    version: string,
  ) {
    this.saved = readCacheFile<Saved>(file, version) ?? { version, entries: {} };
    this.next = { version, entries: {} };
  }

  entry(id: string, print: string): Problem[] | undefined {
    const hit = this.saved.entries[id];
    return hit?.fingerprint === print ? hit.problems : undefined;
  }

  setEntry(id: string, print: string, problems: Problem[]): void {
    this.next.entries[id] = { fingerprint: print, problems };
  }

  catalog(print: string): Problem[] | undefined {
    return this.saved.catalog?.fingerprint === print ? this.saved.catalog.problems : undefined;
  }

  setCatalog(print: string, problems: Problem[]): void {
    this.next.catalog = { fingerprint: print, problems };
  }

  /** The examples' lookup hits of the previous run (see SignatureTable.execute). */
  lookups(): LookupMemo | undefined {
    return this.saved.lookups;
  }

  setLookups(memo: LookupMemo | undefined): void {
    if (memo) this.next.lookups = memo;
  }

  /** The signatures' safety verdicts of the previous run (see SignatureTable.prove). */
  verdicts(): Record<string, Safety> {
    return this.saved.verdicts ?? {};
  }

  setVerdicts(verdicts: Record<string, Safety>): void {
    this.next.verdicts = verdicts;
  }

  save(): void {
    writeCacheFile(this.file, this.next);
  }
}

/** A key for the validator's own code and schemas: results of another validator are not reused. */
