import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import { readCacheFile, writeCacheFile } from "./cache-file.js";

/**
 * Updating a large output folder in place. A build that changed a few files
 * writes just those into a staging folder; committing then renames them over
 * the old ones and deletes what is gone. Until the commit the output is the
 * previous build's, untouched, so a failed or interrupted build leaves it
 * intact. Copying the whole folder instead (and deleting the old one) cost
 * most of a one-entry rebuild of a 10,000-entry catalog.
 *
 * The commit itself is a few renames. Before the first one, a journal lists
 * them all; a run killed in between leaves the journal, and the next build
 * finishes the commit first (`recoverCommit`), so no output stays half
 * updated past the next build.
 *
 * Deleting is what a commit must do least: on a file system mounted with
 * online discard (as on this project's build machines) unlinking a file that
 * has reached the disk costs milliseconds. So a build stages only the files
 * whose bytes changed, and a file that stays is never rewritten.
 */
interface Journal {
  version: 2;
  staging: string;
  target: string;
  moves: string[];
  remove: string[];
}

// A version 1 journal (it could also merge whole folders) is not replayed. Its folder is rewritten
// whole all the same: the data step removes its manifest before a commit, and the site state such a
// journal went with (version 5) is not read by this code.
const VERSION = 2;

/** Files under `root`, relative, with `/`. */
export function listFiles(root: string): string[] {
  const found: string[] = [];
  if (existsSync(root)) collect(root, "", found);
  return found;
}

// Paths are joined by hand: path.join and path.relative per file cost most of listing 30,000 files.
function collect(dir: string, prefix: string, found: string[]): void {
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    if (item.isDirectory()) collect(`${dir}${path.sep}${item.name}`, `${prefix}${item.name}/`, found);
    else if (item.isFile()) found.push(`${prefix}${item.name}`);
  }
}

/** Creates the folder of `file` unless `made` says it exists: one mkdir per folder, not per file written. */
export function makeParent(file: string, made: Set<string>): void {
  const dir = path.dirname(file);
  if (made.has(dir)) return;
  mkdirSync(dir, { recursive: true });
  made.add(dir);
}

/**
 * Stages into `staging` each of `files` (relative path → its hash and a way to make its bytes) that
 * `target` does not already hold as `previous` (relative path → hash) recorded it, and gives how
 * many were staged and which files of `previous` are no longer among `files`. One listing of
 * `target`, not a stat per file, tells which recorded files it still has.
 */
export function stageChanged(
  staging: string,
  target: string,
  files: ReadonlyMap<string, { hash: string; content: () => string | Uint8Array }>,
  previous: Readonly<Record<string, string>>,
  made: Set<string>,
): { written: number; removed: string[] } {
  const present = new Set(Object.keys(previous).length ? listFiles(target) : []);
  let written = 0;
  for (const [relative, { hash, content }] of files) {
    if (previous[relative] === hash && present.has(relative)) continue;
    const file = path.join(staging, relative);
    makeParent(file, made);
    writeFileSync(file, content());
    written++;
  }
  return { written, removed: Object.keys(previous).filter((relative) => !files.has(relative)) };
}

/** Moves every file of `staging` into `target` (replacing), removes `remove` (relative paths), drops `staging`. */
export function commitFolder(staging: string, target: string, remove: readonly string[], journalFile: string): void {
  const journal: Journal = { version: VERSION, staging, target, moves: listFiles(staging), remove: [...remove] };
  writeCacheFile(journalFile, journal);
  apply(journal);
  rmSync(journalFile, { force: true });
}

/** Finishes a commit that an earlier run began and did not end. */
export function recoverCommit(journalFile: string): void {
  const journal = readCacheFile<Journal>(journalFile, VERSION);
  if (journal) apply(journal);
  rmSync(journalFile, { force: true });
}

function apply({ staging, target, moves, remove }: Journal): void {
  const made = new Set<string>();
  const emptied = new Set<string>();
  for (const file of moves) {
    const from = path.join(staging, file);
    if (!existsSync(from)) continue; // moved before the interruption
    const to = path.join(target, file);
    makeParent(to, made);
    renameSync(from, to);
  }
  for (const file of remove) {
    rmSync(path.join(target, file), { force: true });
    emptied.add(path.dirname(path.join(target, file)));
  }
  // Folders left empty go too, as a fresh build would not have them.
  for (const dir of [...emptied].sort((a, b) => b.length - a.length)) {
    for (let d = dir; d.startsWith(target + path.sep); d = path.dirname(d)) {
      try {
        rmdirSync(d);
      } catch {
        break; // not empty
      }
    }
  }
  rmSync(staging, { recursive: true, force: true });
}
