import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Runs the built CLI (`npm run build` first, as CI does).
const cli = path.resolve("dist/cli.js");
const SEED = "communication/smtp-421-service-not-available";
const LINE = "Jan 20 10:14:03 mx1 postfix/smtp[20417]: said: 421 4.7.0 Service not available, closing transmission channel";
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", input, env: { ...process.env, ATLAS_SITE_URL: "https://atlas.example.org" } });

beforeAll(() => {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` before `npm test`");
});

describe("error-atlas lookup", () => {
  it("prints the best hit with workarounds, dead ends and the page URL; exit 0", () => {
    const result = run(["lookup", LINE]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(SEED);
    expect(result.stdout).toContain("85%");
    expect(result.stdout).toMatch(/95% fail/);
    expect(result.stdout).toContain(`https://atlas.example.org/${SEED}/`);
  });

  it("reads standard input with -, and answers JSON with --json", () => {
    const result = run(["lookup", "--json", "-"], `some noise\n${LINE}\nmore noise\n`);
    expect(result.status).toBe(0);
    const { hits } = JSON.parse(result.stdout);
    expect(hits[0]).toMatchObject({ id: SEED, fix_rate: 0.8 });
    expect(hits[0].workarounds[0].success_rate).toBe(0.85);
  });

  it("gives Chinese texts with --lang zh", () => {
    const { hits } = JSON.parse(run(["lookup", "--json", "--lang", "zh", LINE]).stdout);
    expect(hits[0].title).toBe("421 4.7.0 服务不可用，正在关闭传输通道");
    expect(hits[0].url).toBe(`https://atlas.example.org/zh/${SEED}/`);
  });

  it("exits 1 when nothing matches and 2 on a usage error", () => {
    expect(run(["lookup", "all systems nominal"]).status).toBe(1);
    const usage = run(["lookup", "--limit", "zero", "x"]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("--limit");
    expect(run(["frobnicate"]).status).toBe(2);
  });
});

describe("error-atlas mcp", () => {
  let client: Client;
  beforeAll(async () => {
    client = new Client({ name: "atlas-test", version: "1.0.0" });
    await client.connect(new StdioClientTransport({ command: process.execPath, args: [cli, "mcp"], env: { ...process.env, ATLAS_SITE_URL: "https://atlas.example.org" } as Record<string, string> }));
  });
  afterAll(async () => client?.close());

  const text = (result: Awaited<ReturnType<Client["callTool"]>>) => (result.content as { type: string; text: string }[])[0]!.text;

  it("lists its tools", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(["get_entry", "list_categories", "list_entries", "lookup_error"]);
  });

  it("looks up an error text", async () => {
    const result = JSON.parse(text(await client.callTool({ name: "lookup_error", arguments: { text: LINE, lang: "zh" } })));
    expect(result.hits[0]).toMatchObject({ id: SEED, url: `https://atlas.example.org/zh/${SEED}/` });
  });

  it("gets an entry as Markdown or JSON, in a language", async () => {
    expect(text(await client.callTool({ name: "get_entry", arguments: { id: SEED, lang: "zh" } }))).toContain("# 421 4.7.0 服务不可用");
    expect(JSON.parse(text(await client.callTool({ name: "get_entry", arguments: { id: SEED, format: "json" } }))).id).toBe(SEED);
    const missing = await client.callTool({ name: "get_entry", arguments: { id: "nope/nope" } });
    expect(missing.isError).toBe(true);
  });

  it("lists categories and the entries of one", async () => {
    const { categories } = JSON.parse(text(await client.callTool({ name: "list_categories", arguments: {} })));
    expect(categories).toContainEqual(expect.objectContaining({ id: "communication" }));
    const { entries } = JSON.parse(text(await client.callTool({ name: "list_entries", arguments: { category: "communication" } })));
    expect(entries).toContainEqual(expect.objectContaining({ id: SEED, code: "421" }));
  });
});
