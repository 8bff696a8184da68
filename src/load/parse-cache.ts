import { randomUUID } from "node:crypto";
import { readFileSync, rmSync, statSync } from "node:fs";

import { readCacheFile, writeCacheFile } from "../node/cache-file.js";
import { digest } from "../node/digest.js";
import { parseDocumentBytes, type ReadResult, restoreDocument, type StoredDocument } from "./document.js";
import { parseAll } from "./parallel-parse.js";

/** Bump when parsing changes, to drop stored results. */
const VERSION = 6;

interface Stored {
  /** Size and modification time: when both match, the file is not even read. */
  size: number;
  mtimeMs: number;
  /** Hash of the text: a touched but unchanged file still hits. */
  hash: string;
  document: StoredDocument;
}

/**
 * Parsed front matter kept between runs, keyed by a hash of each file's
 * text: YAML parsing is most of a large catalog's load time, and most files
 * do not change between two runs. Files with problems are never stored, so
 * their problems are always reported afresh.
 *
 * It is kept as a table (`file`) and a journal beside it (`<file>.delta`):
 * what changed since the table was written. Writing the whole table is most
 * of a one-entry rebuild's cache cost (11 MB for 2,522 entries), so a run
 * that changed little writes the journal alone, and the table is written
 * again only once the journal holds more than a twentieth of the files.
 */
export class ParseCache {
  /** The table as written; `stored` is the table with the journal applied. */
  private table = new Map<string, Stored>();
  private tableId?: string;
  private stored = new Map<string, Stored>();
  private readonly used = new Map<string, Stored>();
  private changed = false;

  constructor(private readonly file?: string) {
    const saved = file ? readCacheFile<SavedTable>(file, VERSION) : undefined;
    if (!saved) return;
    this.table = new Map(Object.entries(saved.files));
    this.tableId = saved.id;
    this.stored = new Map(this.table);
    // A journal written against another table (rewritten meanwhile by a parallel run) is ignored.
    const journal = readCacheFile<SavedJournal>(journalOf(file!), VERSION);
    if (journal?.table !== saved.id) return;
    for (const [path, stored] of Object.entries(journal.files)) this.stored.set(path, stored);
    for (const path of journal.removed) this.stored.delete(path);
  }

  read(absolutePath: string, displayPath: string): ReadResult {
    if (!this.file) return parseDocumentBytes(readFileSync(absolutePath), displayPath);
    const hit = this.stored.get(absolutePath);
    const { size, mtimeMs } = statSync(absolutePath);
    if (hit && hit.size === size && hit.mtimeMs === mtimeMs) return this.reuse(absolutePath, displayPath, hit);
    const bytes = readFileSync(absolutePath);
    const hash = digest("sha1", bytes, "base64url");
    if (hit?.hash === hash) return this.reuse(absolutePath, displayPath, { ...hit, size, mtimeMs });
    const result = parseDocumentBytes(bytes, displayPath);
    if (result.document) {
      result.document.hash = hash;
      const { data, body, bodyLine } = result.document;
      this.used.set(absolutePath, { size, mtimeMs, hash, document: { data, body, bodyLine } });
      this.changed = true;
    }
    return result;
  }

  /**
   * Reads many files at once (`[path, display path]`, results in the same
   * order): unchanged files come from the cache, the others are parsed
   * together, in two threads when they are many (see parallel-parse.ts).
   */
  readAll(files: readonly [string, string][]): ReadResult[] {
    const results: ReadResult[] = new Array(files.length);
    const misses: { at: number; size: number; mtimeMs: number }[] = [];
    files.forEach(([absolutePath, displayPath], at) => {
      if (!this.file) return misses.push({ at, size: 0, mtimeMs: 0 });
      const hit = this.stored.get(absolutePath);
      const { size, mtimeMs } = statSync(absolutePath);
      if (hit && hit.size === size && hit.mtimeMs === mtimeMs) results[at] = this.reuse(absolutePath, displayPath, hit);
      else misses.push({ at, size, mtimeMs });
    });
    const parsed = parseAll(misses.map(({ at }) => files[at]!));
    parsed.forEach((result, k) => {
      const { at, size, mtimeMs } = misses[k]!;
      const [absolutePath, displayPath] = files[at]!;
      const hit = this.stored.get(absolutePath);
      if (this.file && hit?.hash === result.hash) {
        results[at] = this.reuse(absolutePath, displayPath, { ...hit, size, mtimeMs });
      } else if (!result.document) {
        results[at] = { problems: result.problems as [] } as unknown as ReadResult;
      } else {
        if (this.file) {
          this.used.set(absolutePath, { size, mtimeMs, hash: result.hash, document: result.document });
          this.changed = true;
        }
        results[at] = {
          document: restoreDocument(displayPath, result.document, result.hash, () => readFileSync(absolutePath)),
          problems: [],
        };
      }
    });
    return results;
  }

  private reuse(absolutePath: string, displayPath: string, stored: Stored): ReadResult {
    if (stored !== this.stored.get(absolutePath)) this.changed = true;
    this.used.set(absolutePath, stored);
    // The front matter's text is not stored (it doubled the cache): a problem to place reads the file again.
    return {
      document: restoreDocument(displayPath, stored.document, stored.hash, () => readFileSync(absolutePath)),
      problems: [],
    };
  }

  /** Keeps what this run read (and nothing else), if anything changed: as a journal when that is little. */
  save(): void {
    if (!this.file || (!this.changed && this.used.size === this.stored.size)) return;
    const files: Record<string, Stored> = {};
    let changes = 0;
    for (const [path, stored] of this.used) {
      if (this.table.get(path) !== stored) {
        files[path] = stored;
        changes++;
      }
    }
    const removed = [...this.table.keys()].filter((path) => !this.used.has(path));
    if (this.tableId !== undefined && changes + removed.length <= Math.max(JOURNAL_MIN, this.used.size / 20)) {
      writeCacheFile(journalOf(this.file), {
        version: VERSION,
        table: this.tableId,
        files,
        removed,
      } satisfies SavedJournal);
      return;
    }
    writeCacheFile(this.file, {
      version: VERSION,
      id: randomUUID(),
      files: Object.fromEntries(this.used),
    } satisfies SavedTable);
    rmSync(journalOf(this.file), { force: true });
  }
}

interface SavedTable {
  version: number;
  /** Names this writing of the table, so a journal knows which table it continues. */
  id: string;
  files: Record<string, Stored>;
}

interface SavedJournal {
  version: number;
  table: string;
  /** Files added or changed since the table was written… */
  files: Record<string, Stored>;
  /** …and files it holds that are gone. */
  removed: string[];
}

/** A journal of this many files is always small enough. */
const JOURNAL_MIN = 64;

const journalOf = (file: string) => `${file}.delta`;
