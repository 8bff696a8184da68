/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The built site in a real browser (Debian's Chromium through
 * playwright-core): the answer first on a phone and a desktop in both
 * languages, search from every page's header, the figures explained and
 * linked, tables that fit a phone, accessibility (axe-core, light and
 * dark), contrast of the rate bars, the paste box's match strengths, the
 * theme switch, and entry pages that work without their one small script.
 */
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import { createRequire } from "node:module";

import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { searchTokens } from "../../src/runtime/segment.js";
import { catalogRows, entryJson, largestEntryPages, launch, sampleEntry, start } from "./browser.js";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let browser: Browser;
let server: Server;
let base: string;
const entry = sampleEntry();
const rows = catalogRows();

const pages = {
  "home (en)": "/",
  "home (zh)": "/zh/",
  "entry (en)": `/${entry.id}/`,
  "entry (zh)": `/zh/${entry.id}/`,
  "category (en)": `/${entry.category}/`,
  "category (zh)": `/zh/${entry.category}/`,
  "search (en)": "/search/",
  "search (zh)": "/zh/search/",
  "figures (en)": "/figures/",
  "figures (zh)": "/zh/figures/",
  "404": "/404.html",
};

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

beforeAll(async () => {
  ({ server, base } = await start());
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function open(
  path: string,
  options: {
    viewport?: { width: number; height: number };
    colorScheme?: "light" | "dark";
  } & BrowserContextOptions = {},
): Promise<Page> {
  const { viewport = DESKTOP, colorScheme = "light", ...rest } = options;
  const context = await browser.newContext({ viewport, colorScheme, ...rest });
  const page = await context.newPage();
  const response = await page.goto(base + path, { waitUntil: "load" });
  expect(response?.status(), path).toBeLessThan(path.includes("404") ? 500 : 400);
  return page;
}

const prefix = (lang: string) => (lang === "en" ? "" : `/${lang}`);

describe("accessibility (axe-core)", () => {
  for (const scheme of ["light", "dark"] as const) {
    for (const [name, path] of Object.entries(pages)) {
      it(`${name}, ${scheme}: no serious or critical violation`, async () => {
        const page = await open(path, { colorScheme: scheme });
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
          return (await (window as unknown as { axe: { run(): Promise<Result> } }).axe.run()).violations;
        });
        const bad = violations
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

describe("the answer first", () => {
  // The sample entry and the longest entry pages (long titles and summaries push the fix down).
  const paths = [...new Set([pages["entry (en)"], pages["entry (zh)"], ...largestEntryPages(4)])];
  for (const [size, viewport] of [
    ["390 × 844", PHONE],
    ["1280 × 800", DESKTOP],
  ] as const) {
    it(`shows the best fix on the first screen at ${size}, in English and Chinese`, async () => {
      const page = await open("/", { viewport });
      const late: string[] = [];
      for (const path of paths) {
        await page.goto(base + path);
        const box = await page.locator(".best-fix .fix-text").first().boundingBox();
        // The heading and at least the first two lines of the fix are visible without scrolling.
        if (!box || box.y + 40 > viewport.height) {
          late.push(`${path}: fix text at ${box ? Math.round(box.y) : "none"} px`);
        }
      }
      expect(late).toEqual([]);
      await page.context().close();
    });
  }

  it("gives the best fix its rate, the rate's basis and its sources", async () => {
    const page = await open(pages["entry (en)"]);
    const fix = page.locator(".best-fix");
    await expect(fix.locator(".rate-value").textContent()).resolves.toMatch(/\d+\s?%/);
    await expect(fix.locator(".rate-kind").getAttribute("href")).resolves.toMatch(/^\/figures\/#/);
    expect(await fix.locator("a[href^='http']").count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it("folds the parts for tools and maintainers away", async () => {
    const page = await open(pages["entry (en)"], { viewport: PHONE });
    const details = page.locator("details.maintainers");
    expect(await details.count()).toBe(1);
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.context().close();
  });
});

describe("search from every page", () => {
  for (const [name, path] of Object.entries(pages)) {
    it(`${name}: a search field in the header`, async () => {
      const page = await open(path, { viewport: PHONE });
      const field = page.locator("header #site-search");
      expect(await field.isVisible()).toBe(true);
      await page.context().close();
    });
  }

  for (const lang of ["en", "zh"]) {
    it(`Enter in the header field searches, and finds the entry of a pasted error (${lang})`, async () => {
      const page = await open(`${prefix(lang)}/${entry.category}/`);
      await page.fill("#site-search", entry.examples[0]!);
      await page.press("#site-search", "Enter");
      await page.waitForURL((url) => url.pathname === `${prefix(lang)}/search/`);
      const first = page.locator("#results li a.title").first();
      await first.waitFor();
      expect(await first.getAttribute("href")).toBe(`${prefix(lang)}/${entry.id}/`);
      await page.context().close();
    });
  }

  it('"/" moves the focus to the search field', async () => {
    const page = await open(pages["entry (en)"]);
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("site-search");
    await page.context().close();
  });

  it("in the paste box, Shift+Enter adds a line and Enter submits", async () => {
    const page = await open("/search/");
    await page.fill("#q", "first line");
    await page.press("#q", "Shift+Enter");
    await page.keyboard.type(entry.examples[0]!);
    expect(await page.inputValue("#q")).toContain("\n");
    await page.press("#q", "Enter");
    const first = page.locator("#results li a.title").first();
    await first.waitFor();
    expect(await first.getAttribute("href")).toBe(`/${entry.id}/`);
    await page.context().close();
  });

  it("labels a match on a bare code as a possible match", async () => {
    // Shorter than the letters a strong match needs: a long code such as
    // INSTALL_FAILED_CONFLICTING_PROVIDER is message text, and its signature may match it strongly.
    const coded = rows.find((r) => r.code && /^[A-Z][A-Z0-9_]{3,6}$/.test(r.code));
    expect(coded, "an entry with a code").toBeDefined();
    const page = await open(`/search/?q=${encodeURIComponent(coded!.code!)}`);
    const hit = page.locator(`#results li:has(a[href="/${coded!.id}/"])`).first();
    await hit.waitFor();
    expect(await hit.locator(".weak").count()).toBe(1);
    await page.context().close();
  });

  it("finds an entry by words of its message when no signature matches (en, full text)", async () => {
    const query = entry.title
      .replace(/[^A-Za-z ]+/g, " ")
      .split(/\s+/)
      .filter((w) => w.length > 3)
      .slice(0, 3)
      .reverse()
      .join(" ");
    const page = await open(`/search/?q=${encodeURIComponent(query)}`);
    const links = page.locator("#results li a.title");
    await links.first().waitFor();
    const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute("href")));
    expect(hrefs.slice(0, 5)).toContain(`/${entry.id}/`);
    await page.context().close();
  });

  it("ranks Chinese by words, not by single characters", async () => {
    // The two rarest words of the sample entry's Chinese title (one alone is in several titles of
    // a large catalog). Every result shown must contain both words whole (single-character
    // matching would rank any text sharing one of their characters), and the entry itself must
    // be among the first results.
    const zhText = new Map(rows.map((r) => [r.id, JSON.stringify(entryJson(r.id).translations?.zh ?? {})]));
    const frequency = (w: string) => [...zhText.values()].filter((text) => text.includes(w)).length;
    const words = searchTokens(entry.zhTitle ?? "", "zh")
      .split(" ")
      .filter((w) => /^[\u4e00-\u9fff]{2,4}$/.test(w))
      .sort((a, b) => frequency(a) - frequency(b))
      .slice(0, 2);
    expect(words, "two Chinese words in the sample title").toHaveLength(2);
    const page = await open(`/zh/search/?q=${encodeURIComponent(words.join(" "))}`);
    const links = page.locator("#results li a.title");
    await links.first().waitFor();
    const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.slice(0, 5)).toContain(`/zh/${entry.id}/`);
    const without = hrefs
      .slice(0, 10)
      .map((href) => href.replace(/^\/zh\//, "").replace(/\/$/, ""))
      .filter((id) => !words.every((w) => zhText.get(id)?.includes(w)));
    expect(without).toEqual([]);
    await page.context().close();
  });

  it("says so when nothing is found", async () => {
    const page = await open(`/search/?q=${encodeURIComponent("zzqxjvkwpl")}`);
    await page
      .getByText(/Nothing found/)
      .first()
      .waitFor();
    await page.context().close();
  });
});

describe("figures explained", () => {
  for (const lang of ["en", "zh"]) {
    it(`every figure on an entry page links to its explanation (${lang})`, async () => {
      const page = await open(`${prefix(lang)}/${entry.id}/`);
      const links = await page
        .locator(".rate-kind, dl.cards a")
        .evaluateAll((all) => all.map((a) => a.getAttribute("href") ?? ""));
      expect(links.length).toBeGreaterThan(1);
      for (const href of links) expect(href.startsWith(`${prefix(lang)}/figures/#`), href).toBe(true);
      await page.goto(base + links[0]!);
      const anchor = links[0]!.split("#")[1]!;
      expect(await page.locator(`[id="${anchor}"]`).count(), `#${anchor} on the figures page`).toBe(1);
      await page.context().close();
    });
  }

  for (const scheme of ["light", "dark"] as const) {
    it(`rate-bar tracks stand out from the page (≥ 3:1), ${scheme}`, async () => {
      const page = await open(pages["entry (en)"], { colorScheme: scheme });
      const ratio = await page.evaluate(() => {
        const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const luminance = ([r, g, b]: number[]) => {
          const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
          return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
        };
        const track = document.querySelector(".track")!;
        let behind: Element | null = track.parentElement;
        while (behind && getComputedStyle(behind).backgroundColor.replace(/\s/g, "").endsWith(",0)")) {
          behind = behind.parentElement;
        }
        const a = luminance(rgb(getComputedStyle(track).backgroundColor));
        const b = luminance(rgb(getComputedStyle(behind ?? document.body).backgroundColor));
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      });
      expect(ratio).toBeGreaterThanOrEqual(3);
      await page.context().close();
    });
  }
});

describe("a 390 px phone", () => {
  for (const [name, path] of Object.entries(pages)) {
    it(`${name}: no sideways scrolling`, async () => {
      const page = await open(path, { viewport: PHONE });
      const [scrollWidth, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(scrollWidth).toBeLessThanOrEqual(width);
      await page.context().close();
    });
  }

  it("the largest entry pages fit too, and their version tables show every cell", async () => {
    const page = await open("/", { viewport: PHONE });
    const problems: string[] = [];
    const withVersions = rows.filter((r) => (entryJson(r.id).versions ?? []).length >= 2).slice(0, 6);
    for (const path of [...largestEntryPages(4), ...withVersions.flatMap((r) => [`/${r.id}/`, `/zh/${r.id}/`])]) {
      await page.goto(base + path);
      const found = await page.evaluate(() => {
        const issues: string[] = [];
        if (document.documentElement.scrollWidth > window.innerWidth) {
          issues.push(`page ${document.documentElement.scrollWidth}px wide`);
        }
        for (const cell of document.querySelectorAll(".versions th, .versions td")) {
          const box = cell.getBoundingClientRect();
          if (box.width > 0 && (box.left < 0 || box.right > window.innerWidth + 0.5)) {
            issues.push(
              `version cell "${cell.textContent?.trim().slice(0, 20)}" clipped at ${Math.round(box.right)}px`,
            );
          }
        }
        return issues;
      });
      problems.push(...found.map((f) => `${path}: ${f}`));
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe("entry pages", () => {
  it("load one script, under 2 KB, and keep their content without it", async () => {
    const page = await open("/");
    const scripts: string[] = [];
    page.on("response", async (response) => {
      if (response.request().resourceType() === "script") scripts.push(response.url());
    });
    await page.goto(base + pages["entry (en)"]);
    const inline = await page.evaluate(() =>
      [...document.scripts]
        .filter((s) => s.type !== "application/ld+json")
        .reduce((n, s) => n + (s.src ? 0 : (s.textContent ?? "").length), 0),
    );
    const sizes = await Promise.all(scripts.map(async (url) => (await (await fetch(url)).arrayBuffer()).byteLength));
    expect(sizes.reduce((a, b) => a + b, 0) + inline).toBeLessThan(2048);
    await page.context().close();

    const noScript = await open(pages["entry (en)"], { javaScriptEnabled: false });
    expect(await noScript.locator(".best-fix .fix-text").isVisible()).toBe(true);
    expect(await noScript.locator("#workarounds li").count()).toBeGreaterThan(0);
    await noScript.context().close();
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

  it("remember the theme the reader chose", async () => {
    const page = await open(pages["entry (en)"]);
    await page.click("[data-theme-switch]");
    const chosen = await page.getAttribute("html", "data-theme");
    expect(chosen).toBeTruthy();
    await page.goto(base + pages["home (zh)"]);
    expect(await page.getAttribute("html", "data-theme")).toBe(chosen);
    const label = await page.getAttribute("[data-theme-switch]", "aria-label");
    expect(label).toContain((await page.textContent("[data-theme-switch]"))!.trim());
    await page.context().close();
  });
});
