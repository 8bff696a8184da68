#!/usr/bin/env node
/**
 * The error-atlas command. Run `error-atlas --help` for the commands.
 * Exit status: 0 when something (strong) was found, 1 when nothing was,
 * 2 on a usage error.
 */
import { createReadStream } from "node:fs";

import { lookupData } from "./data/lookup-data.js";
import { getEntry, languages, lookup } from "./index.js";
import { LIMITS, LookupEngine } from "./lookup/engine.js";
import { choiceOption, integerOption, parseCommandArgs, UsageError } from "./node/args.js";
import { packageVersion, publicSiteUrl } from "./node/settings.js";
import { describeFigure } from "./runtime/figures.js";
import { t } from "./runtime/i18n/index.js";
import { withNote } from "./runtime/languages.js";
import { LogScanner } from "./runtime/scan.js";
import { type HitSummary, summarize } from "./runtime/summary.js";

const codes = languages.map((l) => l.code);

const HELP: Record<string, string> = {
  main: `usage: error-atlas <command> [options]

commands:
  lookup <text…>    the entries an error text is about, their fixes and traps
  scan <file | ->   every known error in a build or CI log, with line numbers
  mcp               the MCP server (needs @modelcontextprotocol/sdk and zod installed)

options: --help, --version; run error-atlas <command> --help for a command's options`,
  lookup: `usage: error-atlas lookup [options] <text…>
       … | error-atlas lookup [options]          (reads standard input when it is piped, or with -)

  --json          machine-readable output
  --limit N       at most N hits (default 3)
  --lang ${codes.join("|")}   texts in this language (default en)

Exit status: 0 when a strong match was found, 1 when none (weak matches are still listed), 2 on a usage error.`,
  scan: `usage: error-atlas scan [options] <file | ->

  --format text|github|json   github prints workflow annotations (::notice file=…,line=…)
  --json          the same as --format json
  --weak          report weak matches (a bare code, a short phrase) too
  --lang ${codes.join("|")}   texts in this language (default en)

Exit status: 0 when a known error was found, 1 when none, 2 on a usage or read error.`,
  mcp: `usage: error-atlas mcp

Starts the Model Context Protocol server on standard input/output. Its two dependencies are optional
peers, so the library installs without them: npm install @modelcontextprotocol/sdk zod`,
};

/** Writes to standard output; a closed pipe (`| head -1`) ends the program quietly. */
function out(text: string): void {
  process.stdout.write(text);
}
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks).toString("utf8");
}

function parseLang(value: string | undefined): string {
  return choiceOption(value, "lang", codes, "en");
}

async function lookupCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: "boolean" },
    limit: { type: "string" },
    lang: { type: "string" },
  });
  if (values.help) return help("lookup");
  const limit = integerOption(values.limit, "limit", 3, 1, 100);
  const lang = parseLang(values.lang);
  let text: string;
  if (positionals.length === 1 && positionals[0] === "-") text = await readAll(process.stdin);
  else if (positionals.length) text = positionals.join(" ");
  else if (!process.stdin.isTTY) text = await readAll(process.stdin);
  else throw new UsageError("give the error text, or pipe it to standard input");
  if (text.length > LIMITS.maxInput) {
    process.stderr.write(`${t(lang, "inputCut", { limit: LIMITS.maxInput.toLocaleString("en") })}\n`);
  }

  const site = publicSiteUrl();
  const hits = lookup(text, { limit, lang }).map((hit) => summarize(hit, hit.entry, lang, site));
  const strong = hits.filter((h) => h.strength === "strong");
  if (values.json) out(`${JSON.stringify({ hits }, null, 2)}\n`);
  else {
    strong.forEach((hit, i) => out(formatHit(hit, i + 1, lang)));
    const weak = hits.filter((h) => h.strength !== "strong");
    if (weak.length) {
      out(`${t(lang, "possibleMatches")}\n`);
      weak.forEach((hit, i) => out(formatHit(hit, strong.length + i + 1, lang, true)));
    }
    if (hits.length) out(`${t(lang, "ratesNote")}\n`);
    else process.stderr.write(`${t(lang, "noMatch")}\n`);
    if (hits.length && !strong.length) process.stderr.write(`${t(lang, "noStrongMatch")}\n`);
  }
  return strong.length ? 0 : 1;
}

/** One hit for a terminal: title, where it matched, what works, what does not, the page. */
function formatHit(hit: HitSummary, n: number, lang: string, brief = false): string {
  const matched = hit.matched.length > 80 ? `${hit.matched.slice(0, 77)}…` : hit.matched;
  const lines = [`${n}. ${hit.title}`, `   ${withNote(hit.id, t(lang, "matchedOn", { text: matched }), lang)}`];
  if (!brief) {
    if (hit.workarounds.length) lines.push(`   ${t(lang, "whatWorks")}`);
    for (const w of hit.workarounds) {
      lines.push(`   - ${w.text}`, `     ${describeFigure(w.figure, lang, "success")}`);
      if (w.how) {
        lines.push(
          ...w.how
            .trimEnd()
            .split("\n")
            .map((l) => `       $ ${l}`),
        );
      }
    }
    if (hit.dead_ends.length) lines.push(`   ${t(lang, "whatFails")}`);
    for (const d of hit.dead_ends) {
      lines.push(`   - ${d.text} — ${d.why}`, `     ${describeFigure(d.figure, lang, "fail")}`);
    }
  }
  lines.push(`   ${hit.url}`, "");
  return `${lines.join("\n")}\n`;
}

async function scanCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: "string" },
    json: { type: "boolean" },
    weak: { type: "boolean" },
    lang: { type: "string" },
  });
  if (values.help) return help("scan");
  const format = values.json
    ? "json"
    : choiceOption(values.format, "format", ["text", "github", "json"] as const, "text");
  const lang = parseLang(values.lang);
  if (positionals.length !== 1) throw new UsageError("give one log file, or - for standard input");
  const file = positionals[0]!;
  const scanner = new LogScanner(new LookupEngine(lookupData), { weak: values.weak === true });
  const stream = file === "-" ? process.stdin : createReadStream(file);
  try {
    stream.setEncoding("utf8");
    for await (const chunk of stream) scanner.push(chunk as string);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const findings = scanner.end();
  const site = publicSiteUrl();
  const report = findings.map((f) => ({ line: f.line, ...summarize(f, getEntry(f.id)!, lang, site, 1) }));
  const name = file === "-" ? "stdin" : file;
  if (format === "json") out(`${JSON.stringify({ file: name, lines: scanner.lines, errors: report }, null, 2)}\n`);
  else if (format === "github") for (const r of report) out(`${annotation(name, r)}\n`);
  else {
    for (const r of report) {
      const fix = r.workarounds[0];
      out(
        `${name}:${r.line}  ${r.title}  [${r.id}]\n${fix ? `  → ${fix.text} (${describeFigure(fix.figure, lang, "success")})\n` : ""}  ${r.url}\n`,
      );
    }
    process.stderr.write(
      `${findings.length ? t(lang, "scanSummary", { count: findings.length, lines: scanner.lines }) : t(lang, "scanNone", { lines: scanner.lines })}\n`,
    );
  }
  return findings.length ? 0 : 1;
}

const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** A GitHub Actions workflow command: a notice on the log's line, titled by the entry, with the best fix and the page. */
function annotation(file: string, r: HitSummary & { line: number }): string {
  const fix = r.workarounds[0]?.text ?? r.title;
  return `::notice file=${escapeProperty(file)},line=${r.line},title=${escapeProperty(r.title)}::${escapeData(`${fix} — ${r.url}`)}`;
}

async function mcpCommand(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, {}, { positionals: false });
  if (values.help) return help("mcp");
  let server: typeof import("./mcp.js");
  try {
    server = await import("./mcp.js");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ERR_MODULE_NOT_FOUND") throw error;
    throw new UsageError("the MCP server needs its optional peers: npm install @modelcontextprotocol/sdk zod");
  }
  await server.startStdioServer();
  return -1; // keep running until the client closes the connection
}

function help(command: keyof typeof HELP): number {
  out(`${HELP[command]}\n`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === "lookup") return lookupCommand(args);
  if (command === "scan") return scanCommand(args);
  if (command === "mcp") return mcpCommand(args);
  if (command === "--version" || command === "-v") {
    out(`${packageVersion}\n`);
    return 0;
  }
  if (command === "--help" || command === "-h" || command === "help") return help("main");
  throw new UsageError(command ? `unknown command ${command}` : "missing command");
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      const command = process.argv[2] && process.argv[2] in HELP ? process.argv[2] : "main";
      process.stderr.write(`error-atlas: ${error.message}\n${HELP[command]!.split("\n")[0]}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`error-atlas: ${(error as Error).message}\n`);
      process.exitCode = 70;
    }
  },
);
