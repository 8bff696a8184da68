import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { readFileSync } from "node:fs";
import { z } from "zod";
import { categories, entries, getEntry, languages, localize, lookup } from "./index.js";
import { summarize } from "./runtime/summary.js";
import { publicSiteUrl } from "./node/settings.js";

const languageCodes = languages.map((l) => l.code) as [string, ...string[]];
const json = (value: unknown) => ({ content: [{ type: "text" as const, text: JSON.stringify(value, null, 2) }] });
const notFound = (text: string) => ({ content: [{ type: "text" as const, text }], isError: true });

/**
 * The catalog as tools for agents (Model Context Protocol): look up an error
 * text, read an entry in a language, browse categories.
 */
export function createServer(): McpServer {
  const server = new McpServer({ name: "error-atlas", version: packageVersion() });
  const site = publicSiteUrl();

  server.registerTool(
    "lookup_error",
    {
      title: "Look up an error",
      description:
        "Find the catalog entries that match an error text — an error code, a message, or a whole pasted log. Returns the best hits with their top workarounds (and success rates), the dead ends to avoid, and the page URL.",
      inputSchema: { text: z.string().describe("The error text or log"), limit: z.number().int().min(1).max(20).optional(), lang: z.enum(languageCodes).optional() },
    },
    async ({ text, limit, lang }) => json({ hits: lookup(text, { limit: limit ?? 3 }).map((hit) => summarize(hit, hit.entry, lang ?? "en", site)) }),
  );

  server.registerTool(
    "get_entry",
    {
      title: "Get an entry",
      description: "Read one catalog entry by id (e.g. communication/smtp-421-service-not-available), in a language, as Markdown (default) or as the full JSON object.",
      inputSchema: { id: z.string(), lang: z.enum(languageCodes).optional(), format: z.enum(["markdown", "json"]).optional() },
    },
    async ({ id, lang, format }) => {
      const entry = getEntry(id);
      if (!entry) return notFound(`No entry with id ${id}. Use list_entries or lookup_error to find ids.`);
      const language = lang ?? "en";
      if (format === "json") return json(entry);
      const markdown = readFileSync(new URL(`./data/markdown/${language}/${entry.id}.md`, import.meta.url), "utf8");
      return { content: [{ type: "text" as const, text: markdown }] };
    },
  );

  server.registerTool(
    "list_categories",
    { title: "List categories", description: "The catalog's categories with their number of entries.", inputSchema: {} },
    async () => json({ categories }),
  );

  server.registerTool(
    "list_entries",
    {
      title: "List the entries of a category",
      description: "Ids, codes and titles of every entry in a category.",
      inputSchema: { category: z.string(), lang: z.enum(languageCodes).optional() },
    },
    async ({ category, lang }) => {
      const members = entries.filter((e) => e.category === category);
      if (!members.length) return notFound(`No category ${category}. Categories: ${categories.map((c) => c.id).join(", ")}`);
      return json({ entries: members.map((e) => ({ id: e.id, ...(e.code !== undefined && { code: e.code }), title: localize(e, lang ?? "en").title.text })) });
    },
  );

  return server;
}

export async function startStdioServer(): Promise<void> {
  await createServer().connect(new StdioServerTransport());
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
}
