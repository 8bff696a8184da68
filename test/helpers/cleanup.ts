/**
 * Removes the temporary folders a test file made (catalogs, builds) when the
 * file is done, so test runs leave nothing behind in the temp folder.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll } from "vitest";

const made: string[] = [];

/** A fresh temporary folder, removed after the test file. */
export function tempDir(prefix = "atlas-test-"): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
