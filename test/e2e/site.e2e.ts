/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The built site in a real browser: accessibility (axe-core: no serious or
 * critical violation), a 390 px phone without sideways scrolling, search in
 * English and Chinese, the paste-your-error box, the language switch, and no
 * JavaScript on entry pages.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Server } from "node:http";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { largestEntryPages, launch, sampleEntry, start } from "./browser.js";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let browser: Browser;
let server: Server;
let base: string;
const entry = sampleEntry();

const pages = {
  "home (en)": "/",
  "home (zh)": "/zh/",
  "entry (en)": `/${entry.id}/`,
  "entry (zh)": `/zh/${entry.id}/`,
  "category (en)": `/${entry.category}/`,
  "category (zh)": `/zh/${entry.category}/`,
  "search (en)": "/search/",
  "search (zh)": "/zh/search/",
  "404": "/404.html",
};

beforeAll(async () => {
  ({ server, base } = await start());
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function open(path: string, options: { width?: number; colorScheme?: "light" | "dark" } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? "light",
  });
  const page = await context.newPage();
  const response = await page.goto(base + path, { waitUntil: "load" });
  expect(response?.status(), path).toBeLessThan(path.includes("404") ? 500 : 400);
  return page;
}

describe("accessibility (axe-core)", () => {
  for (const scheme of ["light", "dark"] as const) {
    for (const [name, path] of Object.entries(pages)) {
      it(`${name}, ${scheme}: no serious or critical violation`, async () => {
        const page = await open(path, { colorScheme: scheme });
        await page.addScriptTag({ content: axeSource });
        const result = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
            }
          ).axe;
          return (await axe.run()).violations;
        });
        const bad = result
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map(
            (v) =>
              `${v.id} (${v.impact}): ${v.nodes
                .map((n) => n.target.join(" "))
                .slice(0, 3)
                .join(", ")}`,
          );
        expect(bad).toEqual([]);
        await page.context().close();
      });
    }
  }
});

describe("390 px phone", () => {
  for (const [name, path] of Object.entries(pages)) {
    it(`${name}: no sideways scrolling`, async () => {
      const page = await open(path, { width: 390 });
      const [scrollWidth, viewport] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ]);
      expect(scrollWidth).toBeLessThanOrEqual(viewport);
      await page.context().close();
    });
  }
});

describe("entry pages", () => {
  it("the largest entry pages fit a 390 px phone too", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of largestEntryPages(6)) {
      await page.goto(base + path);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > 390) wide.push(`${path}: ${scrollWidth}px`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });

  it("load no JavaScript", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
    });
    for (const path of [pages["entry (en)"], pages["entry (zh)"]]) {
      await page.goto(base + path);
      const executable = await page.evaluate(
        () => [...document.scripts].filter((s) => s.type !== "application/ld+json").length,
      );
      expect(executable).toBe(0);
    }
    expect(scripts).toEqual([]);
    await context.close();
  });

  it("switch language to the same entry", async () => {
    const page = await open(pages["entry (en)"]);
    await page.click('.site-nav a[hreflang="zh-Hans"]');
    await page.waitForURL(`${base}/zh/${entry.id}/`);
    expect(await page.getAttribute("html", "lang")).toBe("zh-Hans");
    if (entry.zhTitle) expect(await page.textContent("h1")).toContain(entry.zhTitle);
    await page.click('.site-nav a[hreflang="en"]');
    await page.waitForURL(`${base}/${entry.id}/`);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.context().close();
  });
});

describe("paste your error", () => {
  for (const [lang, path] of [
    ["en", "/search/"],
    ["zh", "/zh/search/"],
    ["en", "/"],
    ["zh", "/zh/"],
  ] as const) {
    it(`finds the entry of a pasted log line first (${lang}, ${path})`, async () => {
      const page = await open(path);
      const line = entry.examples[0]!;
      await page.fill("#lookup-input", `some noise before\n${line}\nand after`);
      await page.click(".lookup-form button");
      const first = page.locator(".hits li a").first();
      await first.waitFor();
      expect(await first.getAttribute("href")).toBe(`${lang === "en" ? "" : "/zh"}/${entry.id}/`);
      const title = lang === "zh" && entry.zhTitle ? entry.zhTitle : entry.title;
      expect(await first.textContent()).toContain(title);
      await page.context().close();
    });
  }
});

describe("full-text search (Pagefind)", () => {
  it("finds an entry by words of its error message (en)", async () => {
    // Words from the title, out of order and without the code, so no signature matches.
    const query = entry.title
      .replace(/[^A-Za-z ]+/g, " ")
      .split(/\s+/)
      .filter((w) => w.length > 3)
      .slice(0, 3)
      .reverse()
      .join(" ");
    const page = await open(`/search/?q=${encodeURIComponent(query)}`);
    const results = page.locator(".fulltext li a, .hits li a");
    await results.first().waitFor();
    const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs).toContain(`/${entry.id}/`);
    await page.context().close();
  });

  it("finds an entry by Chinese words (zh, segmented)", async () => {
    // The last two Han characters of the Chinese title: inside a run of Han text, so only a
    // segmented index (not a prefix match on the whole run) finds them.
    const zhWords = (entry.zhTitle ?? "").match(/[\u4e00-\u9fff]{2}/g) ?? [];
    expect(zhWords.length).toBeGreaterThan(1);
    const page = await open(`/zh/search/?q=${encodeURIComponent(zhWords.at(-1)!)}`);
    const results = page.locator(".fulltext li a");
    await results.first().waitFor();
    const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs).toContain(`/zh/${entry.id}/`);
    await page.context().close();
  });

  it("says so when nothing is found", async () => {
    const page = await open(`/search/?q=${encodeURIComponent("zzqxjvkwpl")}`);
    await page.locator(".no-results").waitFor();
    await page.context().close();
  });
});
