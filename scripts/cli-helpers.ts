import path from "node:path";
import { fileURLToPath } from "node:url";

import { UsageError } from "../src/node/args.js";

export { UsageError } from "../src/node/args.js";

/**
 * Runs a command's `main(args)` and exits with its code. Usage mistakes
 * print one line and exit 2; only a bug in the tooling shows a stack trace.
 * Commands export `main` so tests can call them in-process.
 */
export async function runCli(main: (args: string[]) => Promise<number>): Promise<never> {
  let code: number;
  try {
    code = await main(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`error: ${error.message}`);
      code = 2;
    } else {
      console.error(error);
      code = 70;
    }
  }
  // Exit explicitly: recheck may keep a helper process alive.
  process.exit(code);
}

/** Whether the module at `url` is the script being run (not imported by a test or another script). */
export function isMain(url: string): boolean {
  return Boolean(process.argv[1]) && path.resolve(process.argv[1]!) === fileURLToPath(url);
}
