#!/usr/bin/env node
/**
 * error-atlas lookup "<error text>"      best matching entries, their fixes and traps
 * echo "<log>" | error-atlas lookup -     read the text from standard input
 *   --json        machine-readable output
 *   --limit N     at most N hits (default 3)
 *   --lang zh     texts in another language
 * error-atlas mcp                          MCP server on standard input/output
 * Exit status: 0 when something matched, 1 when nothing did, 2 on a usage error.
 */
import { readFileSync } from "node:fs";
import { getEntry, languages, lookup, percent } from "./index.js";
import { summarize, type HitSummary } from "./runtime/summary.js";
import { publicSiteUrl } from "./node/settings.js";

const USAGE = `usage: error-atlas lookup [--json] [--limit N] [--lang ${languages.map((l) => l.code).join("|")}] <text | ->
       error-atlas mcp`;

function fail(message: string): never {
  process.stderr.write(`error-atlas: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseLookupArgs(args: string[]) {
  const options = { json: false, limit: 3, lang: "en", text: undefined as string | undefined };
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--json") options.json = true;
    else if (arg === "--limit") options.limit = Number(args[++i]);
    else if (arg === "--lang") options.lang = args[++i] ?? "";
    else if (arg === "--") {
      rest.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith("--")) fail(`unknown option ${arg}`);
    else rest.push(arg);
  }
  if (!Number.isInteger(options.limit) || options.limit < 1) fail("--limit needs a whole number above 0");
  if (!languages.some((l) => l.code === options.lang)) fail(`unknown language ${options.lang}`);
  if (rest.length === 0) fail("give the error text, or - to read it from standard input");
  options.text = rest.length === 1 && rest[0] === "-" ? readFileSync(0, "utf8") : rest.join(" ");
  return options;
}

function printHuman(hits: HitSummary[], lang: string): void {
  hits.forEach((hit, i) => {
    const lines = [`${i + 1}. ${hit.title}`, `   ${hit.id}  (score ${hit.score}, matched “${hit.matched.length > 80 ? `${hit.matched.slice(0, 77)}…` : hit.matched}”)`];
    if (hit.workarounds.length) lines.push(lang === "en" ? "   What works:" : "   解决办法:");
    for (const w of hit.workarounds) {
      lines.push(`     ${percent(w.success_rate).padStart(4)}  ${w.text}`);
      if (w.how) lines.push(...w.how.trimEnd().split("\n").map((l) => `           $ ${l}`));
    }
    if (hit.dead_ends.length) lines.push(lang === "en" ? "   What does not:" : "   无效做法:");
    for (const d of hit.dead_ends) lines.push(`     ${percent(d.fail_rate).padStart(4)} fail  ${d.text} — ${d.why}`);
    lines.push(`   ${hit.url}`, "");
    process.stdout.write(`${lines.join("\n")}\n`);
  });
  process.stdout.write(lang === "en" ? "Rates are the authors' estimates unless marked measured.\n" : "比率为作者估计值,除非注明为实测。\n");
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === "lookup") {
    const options = parseLookupArgs(args);
    const site = publicSiteUrl();
    const hits = lookup(options.text!, { limit: options.limit }).map((hit) => summarize(hit, getEntry(hit.id)!, options.lang, site));
    if (options.json) process.stdout.write(`${JSON.stringify({ hits }, null, 2)}\n`);
    else if (hits.length) printHuman(hits, options.lang);
    else process.stderr.write("No entry matches this text.\n");
    return hits.length ? 0 : 1;
  }
  if (command === "mcp") {
    const { startStdioServer } = await import("./mcp.js");
    await startStdioServer();
    return -1; // keep running until the client closes the connection
  }
  if (command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  fail(command ? `unknown command ${command}` : "missing command");
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`error-atlas: ${(error as Error).message}\n`);
    process.exitCode = 70;
  },
);
