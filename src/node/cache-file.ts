import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The JSON files in which build steps keep work between runs. A cache made
 * by another version of its writer, or unreadable, counts as absent.
 */
export function readCacheFile<T extends { version: string | number }>(
  file: string,
  version: T["version"],
): T | undefined {
  try {
    const saved = JSON.parse(readFileSync(file, "utf8")) as T;
    return saved.version === version ? saved : undefined;
  } catch {
    return undefined;
  }
}

/** Written to a temporary name and renamed, so a crash or a parallel run never leaves half a file. */
export function writeCacheFile<T extends { version: string | number }>(file: string, value: T): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(value));
  renameSync(temporary, file);
}
