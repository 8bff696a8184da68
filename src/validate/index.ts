import path from "node:path";

import { displayPath, loadCatalog, type LoadResult, type SourceDocument } from "../load/index.js";
import { today } from "../node/settings.js";
import { sourceKey } from "../node/source-key.js";
import { createProblem, defineMessages } from "../shared/messages.js";
import { byLocation, type Problem } from "../shared/problem.js";
import { warmUp } from "./guarded.js";
import { fingerprint, ResultCache } from "./result-cache.js";
import type { RuleContext } from "./rule.js";
import { rules } from "./rules/index.js";
import { checkSchema, getSchemas } from "./schema.js";
import { SignatureTable } from "./signature-table.js";

export type { Rule } from "./rule.js";
export { rules } from "./rules/index.js";

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
  /** Where results are kept between runs, to re-check only what changed; none when undefined. */
  resultCacheFile?: string;
}

/** What the runner itself reports, under the code of the rule concerned (outside the rules' own messages). */
export const runnerMessages = defineMessages({
  "tool-failure": { text: "rule {{rule}} failed: {{error}}", hint: "please report this as a bug" },
});

/**
 * Step 2 of the pipeline: checks loaded entries against the schema, then
 * every semantic rule, and returns all problems sorted by file and position.
 * Rules run on schema-invalid entries too, so one run reports everything.
 * With `resultCacheFile`, unchanged entries keep their results from the
 * previous run (see ResultCache).
 */
export async function validateCatalog(loaded: LoadResult, options: ValidateOptions = {}): Promise<Problem[]> {
  const todayValue = options.today ?? today();
  const cache = options.resultCacheFile
    ? new ResultCache(options.resultCacheFile, `${sourceKey()} ${todayValue} ${options.errorsOnly ? "errors" : "all"}`)
    : undefined;

  // Problems by entry, so an entry's results can be stored and reused on their own.
  const ownerOf = new Map<SourceDocument, string>();
  for (const entry of loaded.entries) {
    for (const document of [entry.source, ...Object.values(entry.translations)]) ownerOf.set(document, entry.id);
  }
  const perEntry = new Map<string, Problem[]>();
  const catalogProblems: Problem[] = [];
  const reused: Problem[] = [];

  const prints = new Map(loaded.entries.map((entry) => [entry.id, cache ? fingerprint(entry) : ""]));
  const fresh = loaded.entries.filter((entry) => {
    const hit = cache?.entry(entry.id, prints.get(entry.id)!);
    if (hit) reused.push(...hit);
    return !hit;
  });
  for (const entry of fresh) perEntry.set(entry.id, []);

  if (fresh.length) {
    const schemas = getSchemas();
    for (const entry of fresh) {
      const bucket = perEntry.get(entry.id)!;
      bucket.push(...checkSchema(entry.source, schemas.entry));
      for (const translation of Object.values(entry.translations)) {
        bucket.push(...checkSchema(translation, schemas.translation));
      }
    }
  }

  // Rules that compare entries are rerun whenever anything changed; a key of every entry's fingerprint says so.
  const catalogPrint = cache
    ? `${[...prints].map(([id, print]) => `${id}=${print}`).join(",")}|${JSON.stringify(loaded.redirects.redirects)}|${JSON.stringify([loaded.vocabulary.categories.data, loaded.vocabulary.types.data])}|${(options.baseIds ?? []).join(",")}`
    : "";
  const cachedCatalog = cache?.catalog(catalogPrint);
  if (cachedCatalog) reused.push(...cachedCatalog);

  const base = {
    ids: new Set(loaded.ids),
    today: todayValue,
    signatures: new SignatureTable(),
    redirects: loaded.redirects,
    vocabulary: loaded.vocabulary,
    baseIds: options.baseIds,
  };
  // Safety first: rules that execute signatures only see the ones proven safe here, and every
  // regex runs once, in a worker with a deadline (SignatureTable.execute).
  const lookups =
    !cachedCatalog && rules.some((r) => r.scope === "catalog" && r.check && !(options.errorsOnly && r.warnsOnly));
  await base.signatures.prove(lookups ? loaded.entries : fresh, cache?.verdicts());
  await base.signatures.execute(loaded.entries, {
    own: fresh,
    lookup: lookups ? loaded.entries : [],
    memo: cache?.lookups(),
  });
  await Promise.all(
    rules.map(async (rule) => {
      if (!rule.check || (options.errorsOnly && rule.warnsOnly)) return;
      const catalogRule = rule.scope === "catalog";
      if (catalogRule ? cachedCatalog : !fresh.length) return;
      const reportAt: RuleContext["reportAt"] = (
        document,
        { line, column },
        messageId,
        { data = {}, severity = "error" } = {},
      ) => {
        const problem = createProblem(
          rule.code,
          rule.messages,
          messageId,
          data,
          { file: document.file, line, column },
          severity,
        );
        (catalogRule ? catalogProblems : (perEntry.get(ownerOf.get(document) ?? "") ?? catalogProblems)).push(problem);
      };
      const context: RuleContext = {
        ...base,
        entries: catalogRule ? loaded.entries : fresh,
        reportAt,
        report: (document, path, messageId, { key, ...options } = {}) =>
          reportAt(document, document.locate(path, { key }), messageId, options),
        missingEntry(id, messageId, data = {}) {
          const file = displayPath(path.join(options.root ?? "entries", `${id}.md`));
          catalogProblems.push(createProblem(rule.code, rule.messages, messageId, data, { file, line: 1, column: 1 }));
        },
      };
      try {
        await rule.check(context);
      } catch (error) {
        // A crashing rule is a bug in the tooling, not in the entry; say so without a stack trace.
        catalogProblems.push(
          createProblem(
            rule.code,
            runnerMessages,
            "tool-failure",
            { rule: rule.name, error: (error as Error).message },
            { file: "(validator)", line: 1, column: 1 },
          ),
        );
      }
    }),
  );

  if (cache) {
    for (const entry of loaded.entries) {
      const print = prints.get(entry.id)!;
      cache.setEntry(entry.id, print, perEntry.get(entry.id) ?? cache.entry(entry.id, print) ?? []);
    }
    cache.setCatalog(catalogPrint, cachedCatalog ?? catalogProblems);
    cache.setLookups(base.signatures.lookupMemo());
    // A run that proved only the changed entries keeps the other verdicts.
    cache.setVerdicts({ ...(lookups ? {} : cache.verdicts()), ...base.signatures.safetyVerdicts() });
    cache.save();
  }
  return [
    ...loaded.problems,
    ...reused,
    ...[...perEntry.values()].flat(),
    ...(cachedCatalog ? [] : catalogProblems),
  ].sort(byLocation);
}

/** Loads and validates the catalog under `root`. */
export async function validateEntries(
  root: string,
  options: ValidateOptions = {},
): Promise<{ loaded: LoadResult; problems: Problem[] }> {
  // The regex workers start while the files are read and checked.
  warmUp();
  const loaded = loadCatalog(root, { cacheFile: options.parseCacheFile });
  return { loaded, problems: await validateCatalog(loaded, { root, ...options }) };
}
