import { renameSync, rmSync } from "node:fs";

/**
 * Puts a finished folder in place of `target` by renames: readers never see
 * half an output, and until the last step the previous output is intact.
 * Both folders must be on the same file system.
 */
export function swapFolder(finished: string, target: string): void {
  const previous = `${target}.old-${process.pid}`;
  let hadPrevious = true;
  try {
    renameSync(target, previous);
  } catch {
    hadPrevious = false;
  }
  renameSync(finished, target);
  if (hadPrevious) rmSync(previous, { recursive: true, force: true });
}
