import { execFileSync } from "node:child_process";
import path from "node:path";

/**
 * The date (YYYY-MM-DD, committer date) of the last commit that changed each
 * file under `root`, from one `git log` pass. Reproducible: the same history
 * gives the same dates, whatever day the build runs. Files never committed,
 * and folders outside a git checkout, have no date.
 */
export function lastCommitDates(root: string): Map<string, string> {
  const dates = new Map<string, string>();
  let top: string;
  let log: string;
  try {
    const options = {
      cwd: root,
      encoding: "utf8" as const,
      stdio: ["ignore", "pipe", "ignore"] as ["ignore", "pipe", "ignore"],
      maxBuffer: 256 * 1024 * 1024,
    };
    top = execFileSync("git", ["rev-parse", "--show-toplevel"], options).trim();
    // Newest first: the first date seen for a file is its last change. No rename following:
    // a renamed entry's history starts at the rename, which is when its id changed.
    log = execFileSync("git", ["log", "--format=%x00%cs", "--name-only", "--no-renames", "--", "."], options);
  } catch {
    return dates;
  }
  let date = "";
  for (const line of log.split("\n")) {
    if (line.startsWith("\0")) date = line.slice(1);
    else if (line && date) {
      const file = path.join(top, line);
      if (!dates.has(file)) dates.set(file, date);
    }
  }
  return dates;
}
