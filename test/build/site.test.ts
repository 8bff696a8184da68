/**
 * Build tests over the fixture catalog (test/fixtures/catalog): its data
 * package is compiled into a temporary folder and the site built from it into
 * another, so these tests never touch dist/ or site/dist/ and can run beside
 * anything else.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCatalogData } from "../../scripts/site-catalog.js";

const repo = path.resolve(import.meta.dirname, "../..");
const SITE = "https://atlas.test";
const SEED = "communication/smtp-421-service-not-available";
const FIXTURE = "http/fixture-503-service-unavailable";

let work: string;
let dataDist: string;
let out: string;

function buildSite(dist: string, target: string) {
  return spawnSync(process.execPath, [path.join(repo, "node_modules/tsx/dist/cli.mjs"), path.join(repo, "scripts/build-site.ts")], {
    cwd: repo,
    env: { ...process.env, ATLAS_DATA_DIST: dist, ATLAS_SITE_OUT: target, ATLAS_SITE_URL: SITE },
    encoding: "utf8",
  });
}

const read = (relative: string) => readFileSync(path.join(out, relative), "utf8");
const files = (root: string): string[] =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)))
    .sort();
/** Built HTML pages, without the redirect stubs kept at renamed entries' old addresses. */
const htmlPages = () => files(out).filter((f) => f.endsWith(".html") && !readFileSync(path.join(out, f), "utf8").includes('http-equiv="refresh"'));

/** The visible text of some HTML: tags dropped, entities decoded, spaces collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&(#x?[0-9a-f]+|amp|lt|gt|quot|apos|#39);/gi, (_, e: string) => {
      const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
      if (named[e.toLowerCase()]) return named[e.toLowerCase()]!;
      return String.fromCodePoint(e[1]?.toLowerCase() === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    })
    .replace(/\s+/g, " ");
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "atlas-site-test-"));
  dataDist = await buildCatalogData(path.join(repo, "test/fixtures/catalog"), path.join(work, "data"));
  out = path.join(work, "site");
  const result = buildSite(dataDist, out);
  expect(result.status, result.stderr).toBe(0);
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const entryJson = (id: string) => JSON.parse(readFileSync(path.join(dataDist, "data/entries", `${id}.json`), "utf8"));

describe("renamed entries", () => {
  it("keep a page at the old address, in every language, that sends readers to the entry", () => {
    for (const prefix of ["", "zh/"]) {
      const page = read(`${prefix}http/old-503/index.html`);
      expect(page).toMatch(new RegExp(`http-equiv="refresh" content="0;url=/${prefix}${FIXTURE}/"`));
      expect(page).toContain(`href="/${prefix}${FIXTURE}/"`);
    }
  });
});

describe("URL contract", () => {
  it("has every page and file of the contract", () => {
    const ids = [SEED, FIXTURE];
    const expected = [
      "index.html",
      "zh/index.html",
      "search/index.html",
      "zh/search/index.html",
      "index.json",
      "lookup-index.json",
      "lookup-titles.json",
      "sitemap-index.xml",
      "robots.txt",
      "llms.txt",
      "feed.xml",
      "zh/feed.xml",
      "404.html",
      "pagefind/pagefind.js",
      "favicon.svg",
      ...["communication", "http"].flatMap((c) => [`${c}/index.html`, `zh/${c}/index.html`]),
      ...ids.flatMap((id) => [`${id}/index.html`, `zh/${id}/index.html`, `${id}.json`, `${id}.md`, `zh/${id}.md`]),
    ];
    const present = new Set(files(out));
    expect(expected.filter((f) => !present.has(f))).toEqual([]);
    expect(existsSync(`${out}.tmp-${process.pid}`)).toBe(false);
  });

  it("publishes the alternates as the package's bytes, and they parse", () => {
    for (const id of [SEED, FIXTURE]) {
      expect(read(`${id}.json`)).toBe(readFileSync(path.join(dataDist, "data/entries", `${id}.json`), "utf8"));
      expect(JSON.parse(read(`${id}.json`)).id).toBe(id);
      expect(read(`${id}.md`)).toBe(readFileSync(path.join(dataDist, "data/markdown/en", `${id}.md`), "utf8"));
      expect(read(`zh/${id}.md`)).toBe(readFileSync(path.join(dataDist, "data/markdown/zh", `${id}.md`), "utf8"));
      expect(read(`${id}.md`)).toMatch(/^# /);
    }
    const rows = JSON.parse(read("index.json")) as { id: string }[];
    expect(rows.map((r) => r.id)).toEqual([SEED, FIXTURE]);
    expect(JSON.parse(read("lookup-index.json")).ids).toEqual([SEED, FIXTURE]);
    expect(JSON.parse(read("lookup-titles.json"))[SEED]).toEqual({ c: "421", t: { en: entryJson(SEED).title, zh: entryJson(SEED).translations.zh.title } });
  });
});

describe("seed entry page", () => {
  const seedFacts = ["421", "communication", "network_error", SEED, "80%", "86%", "2024-01-20", "Postfix", "3.8.0", "Sendmail", "8.17.1", "Exim", "4.96", "Microsoft Exchange", "2019", "Amazon SES", "SMTP endpoint", "85%", "75%", "95%", "70%", "JSON", "Markdown"];

  for (const lang of ["en", "zh"]) {
    it(`shows every seed element (${lang})`, () => {
      const entry = entryJson(SEED);
      const zh = entry.translations.zh;
      const html = read(lang === "en" ? `${SEED}/index.html` : `zh/${SEED}/index.html`);
      const text = textOf(html);
      const strings =
        lang === "en"
          ? ["Fix rate", "Confidence", "Evidence", "First seen", "Version compatibility", "Root cause", "generic", "Official documentation", "Workarounds", "Dead ends", "Why it fails", "Edit this entry", "Last updated", "AI-generated", "partial", "estimate", "中文", "success", "fail"]
          : ["修复率", "可信度", "证据", "首次记录", "版本兼容性", "根本原因", "通用", "官方文档", "解决办法", "无效做法", "为什么无效", "编辑此条目", "最后更新", "AI 生成", "部分", "估计值", "English", "成功", "失败"];
      const texts =
        lang === "en"
          ? [entry.title, entry.root_cause.text, ...entry.workarounds.map((w: { text: string }) => w.text), ...entry.dead_ends.flatMap((d: { text: string; why: string }) => [d.text, d.why])]
          : [zh.title, zh.root_cause, ...Object.values(zh.workarounds), ...Object.values(zh.dead_ends).flatMap((d) => [(d as { text: string }).text, (d as { why: string }).why])];
      const missing = [...seedFacts, ...strings, ...texts.map((s: string) => s.replace(/`/g, ""))].filter((s) => !text.includes(s));
      expect(missing).toEqual([]);
      expect(text).toMatch(new RegExp(`${lang === "en" ? "Evidence" : "证据"}`));
      expect(html).toContain(`<time datetime="${entry.updated}">`);
      expect(html).toContain('href="https://www.rfc-editor.org/rfc/rfc5321#section-4.2.5"');
      expect(html).toContain(`href="/${SEED}.json"`);
      expect(html).toContain(`href="${lang === "en" ? "" : "/zh"}/${SEED}.md"`);
      expect(html).toContain(`href="${lang === "en" ? "/zh" : ""}/${SEED}/"`);
      expect(html).toContain(`href="https://github.com/error-atlas/error-atlas/edit/main/entries/${SEED}.md"`);
      // The seed's evidence count is derived from its one evidence item.
      expect(html).toMatch(/<strong class="figure-value">1<\/strong>/);
    });
  }

  it("ships no JavaScript on entry pages, only JSON-LD (TechArticle, BreadcrumbList)", () => {
    for (const page of htmlPages().filter((p) => p.includes("fixture-503") || p.includes("smtp-421"))) {
      const html = read(page);
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length, page).toBe(1);
      expect(scripts[0]![1]).toContain('type="application/ld+json"');
      const ld = JSON.parse(scripts[0]![2]!) as { "@type": string }[];
      expect(ld.map((x) => x["@type"])).toEqual(["TechArticle", "BreadcrumbList"]);
      expect(html).not.toMatch(/<link[^>]+modulepreload|\.js"/);
      expect(Buffer.byteLength(html)).toBeLessThan(30_000);
    }
  });
});

describe("fallbacks and figures", () => {
  const page = () => read(`zh/${FIXTURE}/index.html`);

  it("marks English fallbacks on the Chinese page with lang and a notice", () => {
    const html = page();
    expect(html).toMatch(/<p lang="en" class="step-text">Check that the upstream service is running\.<small class="mark mark-untranslated"[^>]* lang="zh-Hans"[^>]*>未翻译<\/small><\/p>/);
    expect(html).toMatch(/<span lang="en">It adds load to a server that is already overloaded\.<small class="mark mark-untranslated"[^>]* lang="zh-Hans"[^>]*>未翻译/);
    expect(textOf(html)).toContain("尚未翻译,以下显示英文原文。");
    // Current translations carry no mark; the English page none at all.
    expect(html).toMatch(/<h1 class="entry-title">503 服务不可用<\/h1>/);
    expect(read(`${FIXTURE}/index.html`)).not.toMatch(/mark-(untranslated|outdated)/);
  });

  it("marks outdated translations", () => {
    expect(page()).toMatch(/服务器暂时无法处理请求,通常是过载或正在维护。<small class="mark mark-outdated"[^>]*>译文可能过时<\/small>/);
  });

  it("shows measured rates with n and interval, and labels estimates", () => {
    const en = read(`${FIXTURE}/index.html`);
    // retry-after: 2 of 3 outcome reports succeeded (Wilson 95 %: 21–94 %).
    expect(textOf(en)).toContain("67% success measured · n = 3 · 95 % interval 21–94% · authors' estimate 70%");
    expect(en).toMatch(/class="bar-whisker" style="left:20\.8%;width:73\.1%"/);
    expect(textOf(en)).toContain("50% success estimate");
    expect(textOf(en)).toContain("90% fail estimate");
    expect(textOf(page())).toContain("67% 成功 实测值 · n = 3 · 95% 置信区间 21–94%");
    // The seed has no outcome evidence: nothing on its page may read "measured".
    expect(textOf(read(`${SEED}/index.html`))).not.toContain("measured");
  });
});

describe("safety", () => {
  it("never lets raw HTML or javascript: links from an entry reach a page", () => {
    for (const page of htmlPages()) {
      const html = read(page);
      expect(html, page).not.toMatch(/javascript:/i);
      expect(html, page).not.toContain("alert(");
      expect(html, page).not.toContain("<b>raw HTML</b>");
    }
    expect(read(`${FIXTURE}/index.html`)).toContain('<a href="https://www.rfc-editor.org/rfc/rfc9110">good one</a>');
  });

  it("fails with exit 1 on a render error and leaves the previous output untouched", () => {
    const broken = path.join(work, "broken-dist");
    cpSync(dataDist, broken, { recursive: true });
    // An entry that breaks page rendering (the compiler would never emit it; a bug could).
    const catalog = path.join(broken, "data/catalog.js");
    writeFileSync(catalog, `${readFileSync(catalog, "utf8")}entries[0].workarounds = null;\n`);
    const before = statSync(path.join(out, "index.html")).mtimeMs;
    const result = buildSite(broken, out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("build:site failed");
    expect(result.stderr).toContain("Cannot read properties of null");
    expect(statSync(path.join(out, "index.html")).mtimeMs).toBe(before);
    expect(readdirSync(work).filter((f) => f.includes(".tmp-"))).toEqual([]);
  }, 120_000);
});

describe("discovery", () => {
  it("gives every page canonical, hreflang (with x-default) and social meta", () => {
    for (const page of htmlPages()) {
      const html = read(page);
      expect(html, page).toMatch(/<link rel="canonical" href="https:\/\/atlas\.test\//);
      for (const lang of ["en", "zh-Hans", "x-default"]) expect(html, `${page} ${lang}`).toContain(`hreflang="${lang}"`);
      for (const meta of ["og:title", "og:description", "og:url", "og:type", "twitter:card"]) expect(html, `${page} ${meta}`).toContain(meta);
    }
    expect(read(`zh/${SEED}/index.html`)).toContain(`<link rel="canonical" href="${SITE}/zh/${SEED}/">`);
    expect(read(`zh/${SEED}/index.html`)).toMatch(/^<!DOCTYPE html><html lang="zh-Hans"/i);
  });

  it("lists every page in the sitemap with hreflang alternates", () => {
    expect(read("sitemap-index.xml")).toContain(`${SITE}/sitemap-0.xml`);
    const sitemap = read("sitemap-0.xml");
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const pages = htmlPages()
      .filter((p) => p !== "404.html")
      .map((p) => `${SITE}/${p.replace(/index\.html$/, "")}`);
    expect([...locs].sort()).toEqual(pages.sort());
    for (const block of sitemap.split("<url>").slice(1)) {
      expect(block).toContain('hreflang="en"');
      expect(block).toContain('hreflang="zh-Hans"');
    }
    expect(sitemap).toContain(`<loc>${SITE}/${SEED}/</loc><lastmod>${entryJson(SEED).updated}`);
  });

  it("has feeds, robots.txt and llms.txt", () => {
    for (const [feed, lang] of [["feed.xml", "en"], ["zh/feed.xml", "zh-Hans"]]) {
      const xml = read(feed!);
      expect(xml).toMatch(/^<\?xml/);
      expect(xml).toContain(`<language>${lang}</language>`);
      expect(xml.match(/<item>/g)).toHaveLength(2);
    }
    expect(read("zh/feed.xml")).toContain(`<link>${SITE}/zh/${SEED}/</link>`);
    expect(read("robots.txt")).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    expect(read("llms.txt")).toContain(`(${SITE}/${SEED}.md)`);
  });

  it("indexes entry pages for search, one index per language", () => {
    const meta = JSON.parse(read("pagefind/pagefind-entry.json")) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(meta.languages).sort()).toEqual(["en", "zh-hans"]);
    expect(meta.languages.en!.page_count).toBe(2);
    expect(meta.languages["zh-hans"]!.page_count).toBe(2);
  });
});

describe("reproducible", () => {
  it("builds byte-identical output twice", () => {
    const again = path.join(work, "site-again");
    const result = buildSite(dataDist, again);
    expect(result.status, result.stderr).toBe(0);
    const digest = (root: string) => files(root).map((f) => `${f} ${createHash("sha256").update(readFileSync(path.join(root, f))).digest("hex")}`);
    expect(digest(again)).toEqual(digest(out));
    // No server-side chunks of Astro's may reach the output (not even after the failed build above).
    expect(files(again).filter((f) => f.endsWith(".mjs") || f.startsWith("chunks/"))).toEqual([]);
  }, 120_000);
});
