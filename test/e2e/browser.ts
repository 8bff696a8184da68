/** Shared setup of the browser tests: the static server and Debian's Chromium (never a downloaded browser). */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

import { type Browser, chromium } from "playwright-core";

import { serveSite } from "../../scripts/serve-site.js";

export const repo = path.resolve(import.meta.dirname, "../..");
export const siteRoot = path.resolve(process.env.ATLAS_SITE_OUT || path.join(repo, "site/dist"));

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

export async function start() {
  if (!existsSync(path.join(siteRoot, "index.html"))) {
    throw new Error(`${siteRoot} has no built site: run npm run build first`);
  }
  const { server, url } = await serveSite(siteRoot);
  return { server, base: url };
}

export interface Row {
  id: string;
  category: string;
  code?: string | null;
  title: string;
}

/** The built catalog's index (`/index.json`). */
export function catalogRows(): Row[] {
  return JSON.parse(readFileSync(path.join(siteRoot, "index.json"), "utf8")) as Row[];
}

/** An entry as the site publishes it (`/<id>.json`). */
export function entryJson(id: string): any {
  return JSON.parse(readFileSync(path.join(siteRoot, `${id}.json`), "utf8"));
}

/** The entry the tests look at: the seed entry when the catalog has it, else the first. */
export function sampleEntry(): { id: string; category: string; examples: string[]; title: string; zhTitle?: string } {
  const rows = catalogRows();
  const row = rows.find((r) => r.id === "communication/smtp-421-service-not-available") ?? rows[0]!;
  const entry = entryJson(row.id);
  return {
    id: row.id,
    category: row.category,
    examples: entry.examples,
    title: entry.title,
    zhTitle: entry.translations.zh?.title,
  };
}

/** Site paths of the `count` largest entry pages per language: long titles, tables and logs. */
export function largestEntryPages(count: number): string[] {
  const rows = catalogRows();
  return ["", "/zh"].flatMap((prefix) =>
    rows
      .map((r) => ({
        path: `${prefix}/${r.id}/`,
        size: statSync(path.join(siteRoot, prefix, r.id, "index.html")).size,
      }))
      .sort((a, b) => b.size - a.size)
      .slice(0, count)
      .map((p) => p.path),
  );
}
