/**
 * The catalog as tools for agents (Model Context Protocol): look up an error
 * text, read an entry in a language, browse categories. Started by
 * `error-atlas mcp`. The MCP SDK and zod are optional peer dependencies, so
 * importing the library never installs them; install them to run the server.
 */
import { readFileSync } from "node:fs";

import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

import { categories, entries, getEntry, languages, localize, lookup } from "./index.js";
import { packageVersion, publicSiteUrl } from "./node/settings.js";
import { describeEntry, summarize } from "./runtime/summary.js";
import { labelIn } from "./runtime/vocabulary.js";

const languageCodes = languages.map((l) => l.code) as [string, ...string[]];
const readOnly = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;

const figure = z.object({
  kind: z.enum(["estimate", "measured"]),
  rate: z.number(),
  estimate: z.number(),
  basis: z.string(),
  n: z.number().optional(),
  low: z.number().optional(),
  high: z.number().optional(),
});
const source = z.object({ title: z.string(), url: z.string(), date: z.string().optional() });
const item = { id: z.string(), text: z.string(), figure, sources: z.array(source) };
const hit = z.object({
  id: z.string(),
  title: z.string(),
  code: z.string().optional(),
  score: z.number(),
  strength: z.enum(["strong", "weak"]),
  via: z.enum(["signature", "code", "title"]),
  matched: z.string(),
  url: z.string(),
  fix_rate: figure,
  workarounds: z.array(z.object({ ...item, how: z.string().optional() })),
  dead_ends: z.array(z.object({ ...item, why: z.string() })),
  docs: z.array(z.object({ title: z.string(), url: z.string() })),
});

/** A tool result with the same value as text (for clients without structured content) and as structured content. */
const structured = <T extends Record<string, unknown>>(value: T) => ({
  content: [{ type: "text" as const, text: JSON.stringify(value, null, 2) }],
  structuredContent: value,
});
const notFound = (text: string) => ({ content: [{ type: "text" as const, text }], isError: true });

export function createServer(): McpServer {
  const server = new McpServer({ name: "error-atlas", version: packageVersion });
  const site = publicSiteUrl();

  server.registerTool(
    "lookup_error",
    {
      title: "Look up an error",
      description:
        "Find the catalog entries that match an error text — an error code, a message, or a whole pasted log. Each hit says how strongly it matched (strong: message text; weak: only a code or short phrase), its top workarounds with success rates and what each estimate rests on, the dead ends to avoid, the sources and the page URL.",
      inputSchema: {
        text: z.string().describe("The error text or log"),
        limit: z.number().int().min(1).max(20).optional(),
        lang: z.enum(languageCodes).optional(),
      },
      outputSchema: { hits: z.array(hit) },
      annotations: readOnly,
    },
    async ({ text, limit, lang }) =>
      structured({
        hits: lookup(text, { limit: limit ?? 3, lang: lang ?? "en" }).map((h) =>
          summarize(h, h.entry, lang ?? "en", site),
        ),
      }),
  );

  server.registerTool(
    "get_entry",
    {
      title: "Get an entry",
      description:
        "Read one catalog entry by id (e.g. communication/smtp-421-service-not-available) in a language, as Markdown (default) or as JSON with the texts in that language.",
      inputSchema: {
        id: z.string(),
        lang: z.enum(languageCodes).optional(),
        format: z.enum(["markdown", "json"]).optional(),
      },
      annotations: readOnly,
    },
    async ({ id, lang, format }) => {
      const entry = getEntry(id);
      if (!entry) return notFound(`No entry with id ${id}. Use list_entries or lookup_error to find ids.`);
      const language = lang ?? "en";
      if (format === "json") return structured({ ...describeEntry(entry, language, site) });
      const markdown = readFileSync(new URL(`./data/markdown/${language}/${entry.id}.md`, import.meta.url), "utf8");
      return { content: [{ type: "text" as const, text: markdown }] };
    },
  );

  server.registerTool(
    "list_categories",
    {
      title: "List categories",
      description: "The catalog's categories with their labels, descriptions and number of entries.",
      inputSchema: { lang: z.enum(languageCodes).optional() },
      outputSchema: {
        categories: z.array(
          z.object({ id: z.string(), label: z.string(), description: z.string(), count: z.number() }),
        ),
      },
      annotations: readOnly,
    },
    async ({ lang }) =>
      structured({
        categories: categories.map((c) => ({
          id: c.id,
          label: labelIn(c.label, lang ?? "en", c.id),
          description: labelIn(c.description, lang ?? "en"),
          count: c.count,
        })),
      }),
  );

  server.registerTool(
    "list_entries",
    {
      title: "List the entries of a category",
      description: "Ids, codes and titles of every entry in a category.",
      inputSchema: { category: z.string(), lang: z.enum(languageCodes).optional() },
      outputSchema: { entries: z.array(z.object({ id: z.string(), code: z.string().optional(), title: z.string() })) },
      annotations: readOnly,
    },
    async ({ category, lang }) => {
      const members = entries.filter((e) => e.category === category);
      if (!members.length) {
        return notFound(`No category ${category}. Categories: ${categories.map((c) => c.id).join(", ")}`);
      }
      return structured({
        entries: members.map((e) => ({
          id: e.id,
          ...(e.code !== undefined && { code: e.code }),
          title: localize(e, lang ?? "en").title.text,
        })),
      });
    },
  );

  return server;
}

export async function startStdioServer(): Promise<void> {
  await createServer().connect(new StdioServerTransport());
}
