/**
 * The command line and the MCP server of the fixture catalog's package
 * (test/build/setup.ts), run as a user would run them.
 */
import { spawn, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";

import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { tempDir } from "../helpers/cleanup.js";

const cli = path.join(inject("fixturePackage"), "dist/cli.js");
const version = (
  JSON.parse((await import("node:fs")).readFileSync(path.join(inject("fixturePackage"), "package.json"), "utf8")) as {
    version: string;
  }
).version;
const SEED = "communication/smtp-421-service-not-available";
const LINE =
  "Jan 20 10:14:03 mx1 postfix/smtp[20417]: said: 421 4.7.0 Service not available, closing transmission channel";
const env = { ...process.env, ATLAS_SITE_URL: "https://atlas.example.org" };
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", input: input ?? "", env });

describe("error-atlas lookup", () => {
  it("prints the best hit with what works (and its basis), what does not, and the page; exit 0", () => {
    const result = run(["lookup", LINE]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(SEED);
    expect(result.stdout).toContain(
      "85% success (estimate — The figure of the catalog page this project started from, an estimate.)",
    );
    expect(result.stdout).toMatch(/95% fail \(estimate/);
    expect(result.stdout).toContain(`https://atlas.example.org/${SEED}/`);
    expect(result.stdout).toContain("Rates are estimates unless marked measured");
  });

  it("answers JSON with strength, how it matched, item ids, sources and docs", () => {
    const { hits } = JSON.parse(run(["lookup", "--json", LINE]).stdout);
    expect(hits[0]).toMatchObject({
      id: SEED,
      strength: "strong",
      via: "signature",
      fix_rate: { kind: "estimate", rate: 0.8 },
    });
    expect(hits[0].workarounds[0]).toMatchObject({ id: "backoff", figure: { rate: 0.85, kind: "estimate" } });
    expect(hits[0].workarounds[0].sources[0]).toMatchObject({
      url: "https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3",
      date: "2008-10",
    });
    expect(hits[0].docs.length).toBeGreaterThan(0);
  });

  it("reads standard input when it is piped, with or without -", () => {
    for (const args of [
      ["lookup", "--json"],
      ["lookup", "--json", "-"],
    ]) {
      const { hits } = JSON.parse(run(args, `some noise\n${LINE}\nmore noise\n`).stdout);
      expect(hits[0].id).toBe(SEED);
    }
  });

  it("speaks Chinese with --lang zh or --lang=zh: texts, labels and full-width punctuation", () => {
    for (const args of [
      ["lookup", "--lang", "zh", LINE],
      ["lookup", `--lang=zh`, LINE],
    ]) {
      const result = run(args);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(
        "421 4.7.0 Service not available, closing transmission channel（服务不可用，正在关闭传输通道）",
      );
      expect(result.stdout).toContain("有效做法：");
      expect(result.stdout).toMatch(/成功率 85%（估计值——/);
      expect(result.stdout).toContain("除标注为实测的以外，比率均为估计值，并各自注明依据。");
      expect(result.stdout).not.toMatch(/\d% (success|fail)/);
      expect(result.stdout).toContain(`https://atlas.example.org/zh/${SEED}/`);
    }
  });

  it("lists a bare code in log prose only as a possible match and exits 1", () => {
    // A code pasted alone is a possible match.
    const result = run(["lookup", "502"]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^Possible matches/);
    expect(result.stderr).toContain("No entry matches this text strongly.");
    const { hits } = JSON.parse(run(["lookup", "--json", " 502 "]).stdout);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h: { strength: string }) => h.strength === "weak")).toBe(true);
    // A number among words is a count, a status or an exit code, not an entry's code.
    const number = run(["lookup", "processed 502 rows in 1.2s"]);
    expect(number.status).toBe(1);
    expect(number.stderr).toContain("No entry matches this text.");
  });

  it("exits 1 when nothing matches", () => {
    const result = run(["lookup", "all systems nominal"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("No entry matches this text.");
  });

  it("says when the input was cut", () => {
    const huge = `${"x".repeat(2_100_000)}\n${LINE}\n`;
    const result = run(["lookup"], huge);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain("only its last 2,000,000 were searched");
  });

  it("rejects usage mistakes with exit 2 and one line, and prints help and the version", () => {
    for (const args of [
      ["lookup", "--limit", "zero", "x"],
      ["lookup", "--fromat", "x"],
      ["lookup", "--lang", "fr", "x"],
      ["frobnicate"],
      [],
    ]) {
      const result = run(args);
      expect(result.status, args.join(" ")).toBe(2);
      expect(result.stderr).toMatch(/^error-atlas: .+\nusage: /);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(run(["--version"]).stdout.trim()).toBe(version);
    for (const command of ["lookup", "scan", "mcp"]) {
      const help = run([command, "--help"]);
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^usage: error-atlas ${command}`));
    }
    expect(run(["--help"]).stdout).toContain("commands:");
  });

  it("ends quietly when the reader of its output goes away (| head -1)", async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () => {
        const child = spawn("sh", ["-c", `"${process.execPath}" "${cli}" lookup --limit 5 "${LINE}" | head -1`], {
          env,
        });
        let stderr = "";
        child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
        return new Promise<{ code: number | null; stderr: string }>((resolve) =>
          child.on("close", (code) => resolve({ code, stderr })),
        );
      }),
    );
    for (const result of results) {
      expect(result.stderr).not.toMatch(/EPIPE|Unhandled|Error/);
      expect(result.code).toBe(0);
    }
  });
});

describe("error-atlas scan", () => {
  /** A 200-line build log with three known errors at known lines, and ordinary lines with numbers. */
  function ciLog(): { file: string; lines: Record<string, number> } {
    const lines: string[] = [];
    for (let i = 1; i <= 200; i++) {
      lines.push(
        `2026-11-30T10:${String(i % 60).padStart(2, "0")}:00Z step ${i}: processed ${i * 7} items in ${i % 9}.${i % 7}s`,
      );
    }
    lines[41] =
      "2026-11-30T10:41:00Z Error: Mail command failed: 421 4.7.0 Service not available, closing transmission channel";
    lines[99] = "< HTTP/1.1 503 Service Unavailable";
    lines[149] = "curl: (22) The requested URL returned error: 502 Bad Gateway";
    lines[170] = "< HTTP/1.1 503 Service Unavailable";
    const file = path.join(tempDir("atlas-scan-"), "build.log");
    writeFileSync(file, `${lines.join("\n")}\n`);
    return {
      file,
      lines: { [SEED]: 42, "http/fixture-503-service-unavailable": 100, "http/fixture-502-bad-gateway": 150 },
    };
  }

  it("reports each known error once, on the first line it appears, with its fix and page", () => {
    const { file, lines } = ciLog();
    const result = run(["scan", "--json", file]);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.lines).toBe(200);
    expect(Object.fromEntries(report.errors.map((e: { id: string; line: number }) => [e.id, e.line]))).toEqual(lines);
    expect(report.errors[0]).toMatchObject({ id: SEED, strength: "strong", url: `https://atlas.example.org/${SEED}/` });
    expect(report.errors[0].workarounds[0].text).toContain("exponential backoff");
  });

  it("prints GitHub workflow annotations with --format github", () => {
    const { file } = ciLog();
    const annotations = run(["scan", "--format=github", file]).stdout.trim().split("\n");
    expect(annotations).toHaveLength(3);
    expect(annotations[0]).toBe(
      `::notice file=${file.replace(/:/g, "%3A").replace(/,/g, "%2C")},line=42,title=421 4.7.0 Service not available%2C closing transmission channel::Retry with exponential backoff: after a 421, wait 30 seconds, then 60, then 120, up to five retries. — https://atlas.example.org/${SEED}/`,
    );
  });

  it("reads standard input with -, finds nothing strong in ordinary lines, and exits 1 when nothing is known", () => {
    const clean = run(["scan", "-"], "step 1: processed 502 rows\nstep 2: user 1045 logged in\n");
    expect(clean.status).toBe(1);
    expect(clean.stderr).toContain("No known error found in 2 lines.");
    expect(run(["scan", "--weak", "--json", "-"], "502\n").stdout).toContain('"strength": "weak"');
    const missing = run(["scan", "/nonexistent/log.txt"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("cannot read /nonexistent/log.txt: ENOENT");
  });
});

describe("error-atlas mcp", () => {
  let client: Client;
  beforeAll(async () => {
    client = new Client({ name: "atlas-test", version: "1.0.0" });
    await client.connect(
      new StdioClientTransport({ command: process.execPath, args: [cli, "mcp"], env: env as Record<string, string> }),
    );
  });
  afterAll(async () => client?.close());

  const text = (result: Awaited<ReturnType<Client["callTool"]>>) =>
    (result.content as { type: string; text: string }[])[0]!.text;

  it("lists its tools, read-only, with output schemas", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(["get_entry", "list_categories", "list_entries", "lookup_error"]);
    for (const tool of tools) expect(tool.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false });
    expect(tools.find((t) => t.name === "lookup_error")!.outputSchema).toBeDefined();
  });

  it("looks up an error text, with strength, item ids and docs as structured content", async () => {
    const result = await client.callTool({ name: "lookup_error", arguments: { text: LINE, lang: "zh" } });
    const { hits } = result.structuredContent as {
      hits: { id: string; url: string; strength: string; workarounds: { id: string }[] }[];
    };
    expect(hits[0]).toMatchObject({ id: SEED, url: `https://atlas.example.org/zh/${SEED}/`, strength: "strong" });
    expect(hits[0]!.workarounds[0]!.id).toBe("backoff");
    expect(JSON.parse(text(result))).toEqual(result.structuredContent);
  });

  it("gets an entry as Markdown or as JSON in the language asked for", async () => {
    expect(text(await client.callTool({ name: "get_entry", arguments: { id: SEED, lang: "zh" } }))).toContain(
      "# 421 4.7.0 Service not available, closing transmission channel（服务不可用",
    );
    const zh = (await client.callTool({ name: "get_entry", arguments: { id: SEED, format: "json", lang: "zh" } }))
      .structuredContent as { lang: string; root_cause: string };
    expect(zh.lang).toBe("zh");
    expect(zh.root_cause).toContain("接收方服务器");
    const missing = await client.callTool({ name: "get_entry", arguments: { id: "nope/nope" } });
    expect(missing.isError).toBe(true);
  });

  it("lists categories with labels and the entries of one", async () => {
    const { categories } = (await client.callTool({ name: "list_categories", arguments: { lang: "zh" } }))
      .structuredContent as { categories: { id: string; label: string }[] };
    expect(categories).toContainEqual(expect.objectContaining({ id: "communication", label: "电子邮件（SMTP）" }));
    const { entries } = (await client.callTool({ name: "list_entries", arguments: { category: "communication" } }))
      .structuredContent as { entries: { id: string; code?: string }[] };
    expect(entries).toContainEqual(expect.objectContaining({ id: SEED, code: "421" }));
  });
});
