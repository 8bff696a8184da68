import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync } from "node:fs";
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
 * has reached the disk costs milliseconds, so replacing a search bundle of
 * 1,250 files by deleting the old folder took 3 s. A folder is therefore
 * merged, not replaced: files whose bytes are unchanged stay, and their fresh
 * staged copies, not yet on disk, are the ones dropped.
 */
interface Journal {
  version: 1;
  staging: string;
  target: string;
  moves: string[];
  /**
   * Folders whose new content is the staged folder of that name: each file of `files` (relative to the
   * folder) replaces the old one unless its bytes are the same, and the folder's other old files go.
   * A bare name (older journals) stands for all the staged files of that folder.
   */
  folders?: (string | { dir: string; files: string[] })[];
  remove: string[];
}

const VERSION = 1;

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
 * Moves every file of `staging` into `target` (replacing), removes `remove` (relative paths), drops `staging`.
 * Each of `folders` (relative, with `/`) ends as its staged copy: the old files it no longer has go too.
 */
export function commitFolder(
  staging: string,
  target: string,
  remove: readonly string[],
  journalFile: string,
  folders: readonly string[] = [],
): void {
  // One listing of the staging folder, split between the merged folders and the single moves.
  const moves: string[] = [];
  const merged = folders.map((dir) => ({ dir, files: [] as string[] }));
  for (const file of listFiles(staging)) {
    const folder = merged.find(({ dir }) => file.startsWith(`${dir}/`));
    if (folder) folder.files.push(file.slice(folder.dir.length + 1));
    else moves.push(file);
  }
  const journal: Journal = { version: VERSION, staging, target, moves, folders: merged, remove: [...remove] };
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
  const emptied = new Set<string>();
  for (const folder of folders) {
    // An older journal names a folder that replaces its old one whole: merging its staged files ends
    // the same, and when the staged folder is gone it was already moved in.
    if (typeof folder === "string" && !existsSync(path.join(staging, folder))) continue;
    const { dir, files } =
      typeof folder === "string" ? { dir: folder, files: listFiles(path.join(staging, folder)) } : folder;
    for (const file of files) {
      const from = path.join(staging, dir, file);
      if (!existsSync(from)) continue; // moved or dropped before the interruption
      const to = path.join(target, dir, file);
      if (sameBytes(from, to)) rmSync(from);
      else {
        makeParent(to, made);
        renameSync(from, to);
      }
    }
    const kept = new Set(files);
    for (const file of listFiles(path.join(target, dir))) {
      if (kept.has(file)) continue;
      rmSync(path.join(target, dir, file), { force: true });
      emptied.add(path.dirname(path.join(target, dir, file)));
    }
  }
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

function sameBytes(a: string, b: string): boolean {
  try {
    if (statSync(a).size !== statSync(b).size) return false;
    return readFileSync(a).equals(readFileSync(b));
  } catch {
    return false; // no old file
  }
}
