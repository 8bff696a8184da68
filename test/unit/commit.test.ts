/**
 * Output folders updated in place: only changed files are written, removed
 * ones disappear, the result equals a full write, and a commit killed midway
 * is finished by the next run.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { writeFolderAtomically, writeFolderIncrementally } from "../../src/compile/write.js";
import { writeCacheFile } from "../../src/node/cache-file.js";
import { commitFolder, listFiles, recoverCommit } from "../../src/node/commit-folder.js";
import { tempDir } from "../helpers/cleanup.js";

/** Writes `files` (relative path → text) under `root`. */
const write = (root: string, files: Record<string, string>) => {
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), text);
  }
};
const tree = (root: string) =>
  Object.fromEntries(listFiles(root).map((f) => [f, readFileSync(path.join(root, f), "utf8")]));

describe("writing the data folder incrementally", () => {
  it("writes only what changed, removes what is gone, and ends equal to a full write", () => {
    const work = tempDir("atlas-commit-");
    const target = path.join(work, "data");
    const cache = path.join(work, "cache");
    const first = new Map([
      ["index.json", "[1]"],
      ["entries/a/one.json", "one"],
      ["entries/a/two.json", "two"],
      ["markdown/en/a/two.md", "# two"],
    ]);
    expect(writeFolderIncrementally(target, first, cache).written).toBe(4);
    const kept = statSync(path.join(target, "entries/a/one.json")).ino;

    const second = new Map([
      ["index.json", "[1,3]"],
      ["entries/a/one.json", "one"],
      ["entries/b/three.json", "three"],
    ]);
    expect(writeFolderIncrementally(target, second, cache).written).toBe(2);
    // An unchanged file is the same file (the site build relies on it to skip its alternate).
    expect(statSync(path.join(target, "entries/a/one.json")).ino).toBe(kept);
    const full = path.join(work, "full");
    writeFolderAtomically(full, second);
    expect(tree(target)).toEqual(tree(full));
    // Folders emptied by removals go too.
    expect(listFiles(path.join(target, "markdown"))).toEqual([]);
    expect(() => statSync(path.join(target, "markdown/en/a"))).toThrow();
  });
  it("makes a keyed file only when its key changed", () => {
    const work = tempDir("atlas-commit-");
    const target = path.join(work, "data");
    const cache = path.join(work, "cache");
    let made = 0;
    const keyed = (key: string, text: string) => ({
      key,
      content: () => {
        made++;
        return text;
      },
    });
    writeFolderIncrementally(target, new Map([["a.md", keyed("1", "first")]]), cache);
    expect(made).toBe(1);
    expect(writeFolderIncrementally(target, new Map([["a.md", keyed("1", "never read")]]), cache).written).toBe(0);
    expect(made).toBe(1);
    expect(readFileSync(path.join(target, "a.md"), "utf8")).toBe("first");
    expect(writeFolderIncrementally(target, new Map([["a.md", keyed("2", "second")]]), cache).written).toBe(1);
    expect(readFileSync(path.join(target, "a.md"), "utf8")).toBe("second");
    // A file the output lost is made again, whatever the manifest says.
    rmSync(path.join(target, "a.md"));
    expect(writeFolderIncrementally(target, new Map([["a.md", keyed("2", "second")]]), cache).written).toBe(1);
    expect(made).toBe(3);
  });
});

describe("committing a staged folder", () => {
  it("finishes a commit interrupted between two renames", () => {
    const work = tempDir("atlas-commit-");
    const target = path.join(work, "out");
    const staging = path.join(work, "stage");
    for (const [root, files] of [
      [target, { "a.html": "old a", "b.html": "old b", "gone.html": "gone" }],
      [staging, { "a.html": "new a", "c/index.html": "new c" }],
    ] as const) {
      for (const [f, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
        writeFileSync(path.join(root, f), text);
      }
    }
    const journal = path.join(work, "journal.json");
    // The journal was written and one rename done when the process died.
    writeCacheFile(journal, {
      version: 2,
      staging,
      target,
      moves: ["a.html", "c/index.html"],
      remove: ["gone.html"],
    });
    renameSync(path.join(staging, "a.html"), path.join(target, "a.html"));
    recoverCommit(journal);
    expect(tree(target)).toEqual({ "a.html": "new a", "b.html": "old b", "c/index.html": "new c" });
    expect(() => statSync(staging)).toThrow();
    expect(() => statSync(journal)).toThrow();
    // Nothing to recover is not an error.
    recoverCommit(journal);

    writeFileSync(path.join(work, "x.html"), "");
    mkdirSync(staging);
    writeFileSync(path.join(staging, "b.html"), "new b");
    commitFolder(staging, target, ["c/index.html"], journal);
    expect(tree(target)).toEqual({ "a.html": "new a", "b.html": "new b" });
  });
  it("drops a journal of the earlier version without replaying it", () => {
    const work = tempDir("atlas-commit-");
    const target = path.join(work, "out");
    const staging = path.join(work, "stage");
    write(target, { "a.html": "old a" });
    write(staging, { "a.html": "new a" });
    const journal = path.join(work, "journal.json");
    writeCacheFile(journal, { version: 1, staging, target, moves: ["a.html"], folders: ["bundle"], remove: [] });
    recoverCommit(journal);
    expect(tree(target)).toEqual({ "a.html": "old a" });
    expect(() => statSync(journal)).toThrow();
  });
});
