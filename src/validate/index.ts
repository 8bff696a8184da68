import path from "node:path";
import { displayPath, loadCatalog, type LoadResult } from "../load/index.js";
import { byLocation, type Problem } from "../problem.js";
import { checkSchema, getSchemas } from "./schema.js";
import { rules } from "./rules/index.js";
import type { RuleContext } from "./rule.js";
import { SignatureTable } from "./signature-table.js";

export { rules } from "./rules/index.js";
export type { Rule } from "./rule.js";

export interface ValidateOptions {
  /** YYYY-MM-DD used by the date rules; defaults to ATLAS_TODAY or today (UTC). */
  today?: string;
  /** Ids published at the pull request's base: each must still exist or redirect (EA020). */
  baseIds?: readonly string[];
  /** Folder of the catalog, for naming removed entry files. */
  root?: string;
  /** Where parsed files are kept between runs; none when undefined. */
  parseCacheFile?: string;
  /** Skip rules that can only warn (a build needs to know about errors only). */
  errorsOnly?: boolean;
}

export function today(env: NodeJS.ProcessEnv = process.env): string {
  return env.ATLAS_TODAY || new Date().toISOString().slice(0, 10);
}

/**
 * Step 2 of the pipeline: checks loaded entries against the schema, then
 * every semantic rule, and returns all problems sorted by file and position.
 * Rules run on schema-invalid entries too, so one run reports everything.
 */
export async function validateCatalog(loaded: LoadResult, options: ValidateOptions = {}): Promise<Problem[]> {
  const problems: Problem[] = [...loaded.problems];
  const schemas = getSchemas();
  for (const entry of loaded.entries) {
    problems.push(...checkSchema(entry.source, schemas.entry));
    for (const translation of Object.values(entry.translations)) problems.push(...checkSchema(translation, schemas.translation));
  }

  const base = {
    entries: loaded.entries,
    ids: new Set(loaded.entries.map((e) => e.id)),
    today: options.today ?? today(),
    signatures: new SignatureTable(),
    redirects: loaded.redirects,
    baseIds: options.baseIds,
  };
  await Promise.all(
    rules.map(async (rule) => {
      if (!rule.check || (options.errorsOnly && rule.warnsOnly)) return;
      const context: RuleContext = {
        ...base,
        report(document, path, message, { hint, key, severity = "error" } = {}) {
          const { line, column } = document.locate(path, { key });
          problems.push({ file: document.file, line, column, code: rule.code, message, hint, severity });
        },
        missingEntry(id, message, hint) {
          problems.push({ file: displayPath(path.join(options.root ?? "entries", `${id}.md`)), line: 1, column: 1, code: rule.code, message, hint, severity: "error" });
        },
      };
      try {
        await rule.check(context);
      } catch (error) {
        // A crashing rule is a bug in the tooling, not in the entry; say so without a stack trace.
        problems.push({ file: "(validator)", line: 1, column: 1, code: rule.code, message: `rule ${rule.name} failed: ${(error as Error).message}`, hint: "please report this as a bug", severity: "error" });
      }
    }),
  );
  return problems.sort(byLocation);
}

/** Loads and validates the catalog under `root`. */
export async function validateEntries(root: string, options: ValidateOptions = {}): Promise<{ loaded: LoadResult; problems: Problem[] }> {
  const loaded = loadCatalog(root, { cacheFile: options.parseCacheFile });
  return { loaded, problems: await validateCatalog(loaded, { root, ...options }) };
}
