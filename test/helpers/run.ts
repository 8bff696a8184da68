import { vi } from "vitest";

import { UsageError } from "../../src/node/args.js";

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command's exported `main(args)` in this process, as `runCli` would
 * from the command line: with these environment settings, its console output
 * captured, and a usage error turned into status 2 with its message.
 */
export async function runMain(
  main: (args: string[]) => Promise<number>,
  args: string[],
  env: Record<string, string> = {},
): Promise<RunResult> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  const out: string[] = [];
  const err: string[] = [];
  const log = vi
    .spyOn(console, "log")
    .mockImplementation((...parts: unknown[]) => void out.push(`${parts.join(" ")}\n`));
  const error = vi
    .spyOn(console, "error")
    .mockImplementation((...parts: unknown[]) => void err.push(`${parts.join(" ")}\n`));
  try {
    const status = await main(args);
    return { status, stdout: out.join(""), stderr: err.join("") };
  } catch (caught) {
    if (caught instanceof UsageError) {
      return { status: 2, stdout: out.join(""), stderr: `${err.join("")}error: ${caught.message}\n` };
    }
    throw caught;
  } finally {
    log.mockRestore();
    error.mockRestore();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
