import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync } from "node:fs";
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
 */
interface Journal {
  version: 1;
  staging: string;
  target: string;
  moves: string[];
  /** Folders that replace theirs whole: one rename instead of one per file (a search bundle holds hundreds). Absent in older journals. */
  folders?: string[];
  remove: string[];
}

const VERSION = 1;

/** Files under `root`, relative, with `/`. */
export function listFiles(root: string, base = root, found: string[] = []): string[] {
  if (!existsSync(root)) return found;
  for (const item of readdirSync(root, { withFileTypes: true })) {
    const full = path.join(root, item.name);
    if (item.isDirectory()) listFiles(full, base, found);
    else if (item.isFile()) found.push(path.relative(base, full).split(path.sep).join("/"));
  }
  return found;
}

/** Creates the folder of `file` unless `made` says it exists: one mkdir per folder, not per file written. */
export function makeParent(file: string, made: Set<string>): void {
  const dir = path.dirname(file);
  if (made.has(dir)) return;
  mkdirSync(dir, { recursive: true });
  made.add(dir);
}

/**
 * Moves every file of `staging` into `target` (replacing), removes `remove` (relative paths), drops `staging`.
 * Each of `folders` (relative, with `/`) replaces the folder of that name whole, old files and all.
 */
export function commitFolder(
  staging: string,
  target: string,
  remove: readonly string[],
  journalFile: string,
  folders: readonly string[] = [],
): void {
  const inFolder = (file: string) => folders.some((folder) => file.startsWith(`${folder}/`));
  const moves = listFiles(staging).filter((file) => !inFolder(file));
  const journal: Journal = { version: VERSION, staging, target, moves, folders: [...folders], remove: [...remove] };
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

function apply({ staging, target, moves, folders = [], remove }: Journal): void {
  const made = new Set<string>();
  for (const folder of folders) {
    const from = path.join(staging, folder);
    if (!existsSync(from)) continue; // moved before the interruption
    const to = path.join(target, folder);
    rmSync(to, { recursive: true, force: true });
    makeParent(to, made);
    renameSync(from, to);
  }
  for (const file of moves) {
    const from = path.join(staging, file);
    if (!existsSync(from)) continue; // moved before the interruption
    const to = path.join(target, file);
    makeParent(to, made);
    renameSync(from, to);
  }
  const emptied = new Set<string>();
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
