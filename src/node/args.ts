import { parseArgs, type ParseArgsConfig } from "node:util";

/** A mistake in how a command was called: printed as one line with the usage, exit status 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** The values parseArgs gives for these options: strings or booleans, lists where `multiple`. */
export type ParsedValues<O extends Options> = {
  [K in keyof O]?: O[K] extends { multiple: true }
    ? O[K] extends { type: "boolean" }
      ? boolean[]
      : string[]
    : O[K] extends { type: "boolean" }
      ? boolean
      : string;
};

/**
 * Parses a command's arguments strictly (node:util parseArgs): an unknown
 * option, a missing value or a stray value is a usage error, never silently
 * ignored. `--opt value` and `--opt=value` both work; `--help` is always
 * accepted.
 */
export function parseCommandArgs<O extends Options>(
  args: readonly string[],
  options: O,
  { positionals = true } = {},
): { values: ParsedValues<O> & { help?: boolean }; positionals: string[] } {
  try {
    const parsed = parseArgs({
      args: [...args],
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: positionals,
      strict: true,
    });
    return { values: parsed.values as ParsedValues<O> & { help?: boolean }, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError(
      (error as Error).message.replace(/^.*?: /, "").replace(/\. To specify a positional argument.*$/s, ""),
    );
  }
}

/** A whole number option within bounds, or a usage error that names it. */
export function integerOption(
  value: string | undefined,
  name: string,
  fallback: number,
  min = 1,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(
      `--${name} needs a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : " up"}, not ${JSON.stringify(value)}`,
    );
  }
  return n;
}

/** One of a fixed set of values, or a usage error listing them. */
export function choiceOption<T extends string>(
  value: string | undefined,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${choices.join(", ")}, not ${JSON.stringify(value)}`);
  }
  return value as T;
}
