/** A mistake in how a command was called: printed without a stack trace. */
export class UsageError extends Error {}

/**
 * Runs a command's body and exits with its code. Expected failures (usage,
 * bad input) print one line; only a bug in the tooling shows a stack trace.
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
