/** The Nu HTML Checker (vnu-jar on the machine's Java) finds no error on a sample of built pages. */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { repo, sampleEntry, siteRoot } from "./browser.js";

describe("valid HTML (vnu)", () => {
  it("reports no errors on home, entry, category, search, figures and 404 pages in both languages", () => {
    const entry = sampleEntry();
    const categories = readdirSync(siteRoot, { withFileTypes: true })
      .filter(
        (d) => d.isDirectory() && !["zh", "search", "search-cards", "figures", "pagefind", "_astro"].includes(d.name),
      )
      .map((d) => d.name);
    const sample = [
      "index.html",
      "zh/index.html",
      "search/index.html",
      "zh/search/index.html",
      "404.html",
      "figures/index.html",
      "zh/figures/index.html",
      `${entry.id}/index.html`,
      `zh/${entry.id}/index.html`,
      ...categories.slice(0, 3).flatMap((c) => [`${c}/index.html`, `zh/${c}/index.html`]),
    ].map((f) => path.join(siteRoot, f));
    const result = spawnSync(
      "java",
      [
        "-jar",
        path.join(repo, "node_modules/vnu-jar/build/dist/vnu.jar"),
        "--errors-only",
        "--format",
        "json",
        ...sample,
      ],
      {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    expect(result.error).toBeUndefined();
    const messages = (
      JSON.parse(result.stderr || result.stdout || '{"messages":[]}') as {
        messages: { type: string; url: string; message: string; extract?: string }[];
      }
    ).messages;
    const errors = messages
      .filter((m) => m.type === "error")
      .map((m) => `${path.relative(siteRoot, m.url.replace("file:", ""))}: ${m.message}`);
    expect(errors).toEqual([]);
  }, 120_000);
});
