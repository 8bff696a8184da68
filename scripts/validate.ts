/**
 * npm run validate [-- --format github]
 * Checks every entry under ATLAS_ENTRIES (default entries/) and prints each
 * problem as file:line:column, code, message and hint. Exit 1 on any error.
 */
import { entriesRoot } from "../src/config.js";
import { validateEntries } from "../src/validate/index.js";
import { formatGithub, formatText } from "../src/validate/format.js";
import { runCli, UsageError } from "./cli-helpers.js";

await runCli(async (args) => {
  const format = args.includes("--format") ? args[args.indexOf("--format") + 1] : "text";
  if (format !== "text" && format !== "github") throw new UsageError(`unknown --format ${format}; use text or github`);
  const started = performance.now();
  const root = entriesRoot();
  const { loaded, problems } = await validateEntries(root);
  const print = format === "github" ? formatGithub : formatText;
  for (const problem of problems) console.log(print(problem));
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  const files = loaded.entries.reduce((n, e) => n + 1 + Object.keys(e.translations).length, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (errors) {
    console.error(`\n✗ ${errors} error${errors === 1 ? "" : "s"}${warnings ? `, ${warnings} warning${warnings === 1 ? "" : "s"}` : ""} in ${new Set(problems.map((p) => p.file)).size} file(s) (${seconds} s)`);
    return 1;
  }
  console.error(`✓ ${loaded.entries.length} entries, ${files} files valid${warnings ? ` (${warnings} warnings)` : ""} (${seconds} s)`);
  return 0;
});
