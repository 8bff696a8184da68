/**
 * The site built from the fixture catalog (test/build/setup.ts): the URL
 * contract, what entry pages show, sharing metadata, feeds and sitemap, the
 * Markdown alternates, Chinese interface punctuation and safety.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import type { Table } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { toString } from "mdast-util-to-string";
import { gfm } from "micromark-extension-gfm";
import { describe, expect, inject, it } from "vitest";

import { MAX_PAGE_TITLE } from "../../site/src/data/chrome.js";
import { findHalfWidth } from "../../src/validate/rules/ea027-full-width-punctuation.js";

const out = inject("fixtureSite");
const dist = inject("fixtureDist");
const SEED = "communication/smtp-421-service-not-available";
const FIXTURE = "http/fixture-503-service-unavailable";

const read = (relative: string) => readFileSync(path.join(out, relative), "utf8");
const files = (root: string): string[] =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)).split(path.sep).join("/"))
    .sort();
const htmlPages = () => files(out).filter((f) => f.endsWith(".html") && !f.startsWith("pagefind/"));
const entryJson = (id: string) => JSON.parse(readFileSync(path.join(dist, "data/entries", `${id}.json`), "utf8"));

/** The visible text of some HTML: scripts and tags dropped, entities decoded, spaces collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&(#x?[0-9a-f]+|amp|lt|gt|quot|apos|#39);/gi, (_, e: string) => {
      const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
      if (named[e.toLowerCase()]) return named[e.toLowerCase()]!;
      return String.fromCodePoint(e[1]?.toLowerCase() === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    })
    .replace(/\s+/g, " ");
}

describe("URL contract", () => {
  it("has every page and file of the contract", () => {
    const expected = [
      "index.html",
      "zh/index.html",
      "search/index.html",
      "zh/search/index.html",
      "figures/index.html",
      "zh/figures/index.html",
      "index.json",
      "lookup-index.json",
      "search-cards/en.json",
      "search-cards/zh.json",
      "sitemap-index.xml",
      "sitemap-0.xml",
      "robots.txt",
      "llms.txt",
      "feed.xml",
      "zh/feed.xml",
      "404.html",
      "og.png",
      "favicon.svg",
      ...["en", "zh"].flatMap((l) => Array.from({ length: 8 }, (_, b) => `pagefind/${l}/${b}/pagefind.js`)),
      ...["communication", "http"].flatMap((c) => [`${c}/index.html`, `zh/${c}/index.html`]),
      ...[SEED, FIXTURE].flatMap((id) => [
        `${id}/index.html`,
        `zh/${id}/index.html`,
        `${id}.json`,
        `${id}.md`,
        `zh/${id}.md`,
      ]),
    ];
    const present = new Set(files(out));
    expect(expected.filter((f) => !present.has(f))).toEqual([]);
    expect(existsSync(`${out}.tmp-${process.pid}`)).toBe(false);
  });

  it("publishes the alternates as the package's bytes", () => {
    for (const id of [SEED, FIXTURE]) {
      expect(read(`${id}.json`)).toBe(readFileSync(path.join(dist, "data/entries", `${id}.json`), "utf8"));
      expect(read(`${id}.md`)).toBe(readFileSync(path.join(dist, "data/markdown/en", `${id}.md`), "utf8"));
      expect(read(`zh/${id}.md`)).toBe(readFileSync(path.join(dist, "data/markdown/zh", `${id}.md`), "utf8"));
    }
    expect(JSON.parse(read("lookup-index.json")).ids).toEqual([SEED, "http/fixture-502-bad-gateway", FIXTURE]);
  });

  it("keeps a page at a renamed entry's old address, in every language", () => {
    for (const prefix of ["", "zh/"]) {
      const page = read(`${prefix}http/old-503/index.html`);
      expect(page).toContain(`http-equiv="refresh" content="0;url=/${prefix}${FIXTURE}/"`);
      expect(page).toContain('<meta name="robots" content="noindex">');
      expect(page).toContain(`<link rel="canonical" href="https://atlas.test/${prefix}${FIXTURE}/">`);
    }
  });
});

describe("entry pages", () => {
  it("show every fact of the seed page in both languages", () => {
    const entry = entryJson(SEED);
    for (const lang of ["en", "zh"]) {
      const text = textOf(read(lang === "en" ? `${SEED}/index.html` : `zh/${SEED}/index.html`));
      const facts = [
        "421",
        entry.title,
        "80%",
        "86%",
        "2024-01-20",
        "Postfix",
        "3.8.0",
        "Sendmail",
        "8.17.1",
        "Exim",
        "4.96",
        "Microsoft Exchange",
        "2019",
        "Amazon SES",
        "SMTP endpoint",
        "85%",
        "80%",
        "95%",
        "JSON",
        "Markdown",
      ];
      const words =
        lang === "en"
          ? [
              "Best fix",
              "Fix rate",
              "Confidence",
              "Evidence",
              "First seen",
              "Version compatibility",
              "Official documentation",
              "Workarounds",
              "Dead ends",
              "Why it fails",
              "Basis:",
              "Sources:",
              "estimate",
              "Email (SMTP)",
              "Network error",
              "For tools and maintainers",
              "About this entry",
            ]
          : [
              "最佳解决办法",
              "修复率",
              "可信度",
              "证据",
              "首次记录",
              "版本兼容性",
              "官方文档",
              "解决办法",
              "无效做法",
              "为什么无效",
              "依据：",
              "来源：",
              "估计值",
              "电子邮件（SMTP）",
              "网络错误",
              "供工具和维护者使用",
              "关于本条目",
              entry.translations.zh.title,
            ];
      expect(
        [...facts, ...words].filter((s) => !text.includes(s)),
        lang,
      ).toEqual([]);
    }
  });

  it("put the summary and the best fix, with its rate, basis and source, before everything else", () => {
    const html = read(`${SEED}/index.html`);
    const order = [
      'class="summary"',
      'class="best-fix"',
      "85% success",
      "Basis:",
      "Sources:",
      'class="cards"',
      'id="workarounds"',
      'id="maintainers"',
    ].map((marker) => html.indexOf(marker));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The sources sit next to the fix they support, with the record's date.
    expect(textOf(html)).toMatch(/RFC 5321 §4\.2\.3 \(documentation, 2008-10\)/);
  });

  it("say where each figure comes from and link the page that explains them", () => {
    const html = read(`${SEED}/index.html`);
    expect(html).toContain('href="/figures/#estimate"');
    expect(html).toContain('href="/figures/#first-seen"');
    expect(textOf(html)).toContain("The figure of the catalog page this project started from, an estimate.");
    const fixture = textOf(read(`${FIXTURE}/index.html`));
    // retry-after: 2 of 3 outcome reports succeeded (Wilson 95 %: 21–94 %).
    expect(fixture).toContain("67% success measured · n = 3 · 95 % interval 21–94%");
    expect(read(`${FIXTURE}/index.html`)).toMatch(/class="whisker"[^>]*style="left:20\.8%;width:73\.1%"/);
  });

  it("show only the version columns some row fills in, with statuses in words", () => {
    const table = read(`${SEED}/index.html`).match(/<table class="versions"[\s\S]*?<\/table>/)![0];
    expect(textOf(table.match(/<thead[\s\S]*?<\/thead>/)![0]).trim()).toBe("Product Version Status");
    expect(textOf(table)).toContain("error occurs");
  });

  it("mark English fallbacks on the Chinese page with their language, and say so once", () => {
    const html = read(`zh/${FIXTURE}/index.html`);
    expect(html).toMatch(/<p class="item-text"[^>]*lang="en"[^>]*>Check that the upstream service is running\.<\/p>/);
    expect(textOf(html)).toContain("本条目有部分内容尚未翻译，以英文显示。");
    expect(read(`${FIXTURE}/index.html`)).not.toContain("untranslatedNotice");
  });

  it("ship only the small page script (theme, search shortcut, copy buttons) and structured data", () => {
    for (const page of [`${SEED}/index.html`, `zh/${FIXTURE}/index.html`]) {
      const html = read(page);
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      const code = scripts.filter((s) => !s[1]!.includes("application/ld+json"));
      expect(code.every((s) => !s[1]!.includes("src="))).toBe(true);
      expect(code.reduce((n, s) => n + Buffer.byteLength(s[2]!), 0)).toBeLessThan(2048);
      const ld = scripts.filter((s) => s[1]!.includes("application/ld+json")).map((s) => JSON.parse(s[2]!)["@type"]);
      expect(ld).toEqual(["TechArticle", "BreadcrumbList"]);
      expect(Buffer.byteLength(html)).toBeLessThan(40_000);
    }
  });

  it("carry previous/next links within the category", () => {
    const html = read("http/fixture-502-bad-gateway/index.html");
    expect(html).toContain(`href="/${FIXTURE}/" rel="next"`);
  });
});

describe("head metadata", () => {
  it("gives every page a title of at most 70 characters with the product first, a description, canonical and hreflang", () => {
    for (const page of htmlPages()) {
      const html = read(page);
      const title = textOf(html.match(/<title>([\s\S]*?)<\/title>/)![1]!).trim();
      expect([...title].length, page).toBeLessThanOrEqual(MAX_PAGE_TITLE);
      expect(html, page).toMatch(/<meta name="description" content="[^"]+">/);
      expect(html, page).toMatch(/<link rel="canonical" href="https:\/\/atlas\.test\//);
      expect(html, page).toContain('<meta property="og:image" content="https://atlas.test/og.png">');
    }
    expect(read(`${SEED}/index.html`)).toMatch(
      /<title>Email \(SMTP\): 421 4\.7\.0 Service not available, closing transmission…<\/title>/,
    );
    expect(read(`${SEED}/index.html`)).toContain(
      '<link rel="alternate" hreflang="zh-Hans" href="https://atlas.test/zh/communication/smtp-421-service-not-available/">',
    );
  });

  it("describe the home page as a WebSite with a SearchAction", () => {
    const ld = JSON.parse(read("index.html").match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!);
    expect(ld).toMatchObject({
      "@type": "WebSite",
      potentialAction: {
        "@type": "SearchAction",
        target: { urlTemplate: "https://atlas.test/search/?q={search_term_string}" },
      },
    });
  });

  it("date entry pages by the entry's last change, not the build", () => {
    const entry = entryJson(SEED);
    expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const ld = JSON.parse(
      read(`${SEED}/index.html`).match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!,
    );
    expect(ld.dateModified).toBe(entry.updated);
    expect(ld.datePublished).toBe(entry.first_seen);
  });
});

describe("feeds, sitemap, llms.txt", () => {
  it("list entries newest change first, with their dates", () => {
    const feed = read("feed.xml");
    const items = [...feed.matchAll(/<item>[\s\S]*?<\/item>/g)].map((m) => m[0]);
    expect(items.length).toBe(3);
    const dates = items.map((item) => Date.parse(/<pubDate>([^<]+)<\/pubDate>/.exec(item)![1]!));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    expect(read("zh/feed.xml")).toContain("<language>zh-Hans</language>");
  });

  it("give the sitemap hreflang alternates and the entries' last-change dates", () => {
    const sitemap = read("sitemap-0.xml");
    expect(sitemap).toContain(`<loc>https://atlas.test/${SEED}/</loc>`);
    expect(sitemap).toContain(`<lastmod>${entryJson(SEED).updated}</lastmod>`);
    expect(sitemap).toContain(`hreflang="zh-Hans" href="https://atlas.test/zh/${SEED}/"`);
    expect(sitemap).not.toContain("old-503");
    expect(read("sitemap-index.xml")).toContain("https://atlas.test/sitemap-0.xml");
  });

  it("use each entry's title as the link text of llms.txt", () => {
    expect(read("llms.txt")).toContain(`- [${entryJson(SEED).title}](https://atlas.test/${SEED}.md)`);
  });
});

describe("Markdown alternates", () => {
  it("render their tables with a CommonMark renderer to the cell text, with no escaped digits", () => {
    for (const file of files(out).filter((f) => f.endsWith(".md"))) {
      const tree = fromMarkdown(read(file), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
      const tables = tree.children.filter((n): n is Table => n.type === "table");
      for (const table of tables) {
        for (const row of table.children) {
          for (const cell of row.children) expect(toString(cell), file).not.toMatch(/^\\/);
        }
      }
      if (file.endsWith(`${SEED}.md`) && !file.startsWith("zh/")) {
        const cells = tables[0]!.children.map((row) => row.children.map((c) => toString(c)));
        expect(cells[1]).toEqual(["Postfix", "3.8.0", "error occurs"]);
      }
    }
  });
});

describe("Chinese pages", () => {
  it("use full-width punctuation in every interface string", () => {
    const offending: string[] = [];
    for (const page of htmlPages().filter((p) => p.startsWith("zh/"))) {
      // Interface text only: entry texts are the translators' and checked by EA027; code and error texts stay ASCII.
      const html = read(page)
        .replace(/<(code|pre|script|style)\b[\s\S]*?<\/\1>/g, " ")
        .replace(/<[^>]+lang="en"[^>]*>[\s\S]*?<\/[a-z0-9]+>/g, " ");
      for (const line of textOf(html).split(/(?<=[。！？])/)) {
        const bad = findHalfWidth(line);
        if (bad) offending.push(`${page}: ${bad.excerpt}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it("link the 404 page's language switch to each language's home", () => {
    const html = read("404.html");
    expect(html).toContain('href="/zh/"');
    expect(html).not.toMatch(/href="\/zh\/404\.html"/);
  });
});

describe("safety", () => {
  it("never lets raw HTML or javascript: links from an entry reach a page, and shows quoted markup as text", () => {
    for (const page of htmlPages()) {
      const html = read(page);
      expect(html, page).not.toMatch(/javascript:/i);
      expect(html, page).not.toContain("alert(");
      expect(html, page).not.toContain("<b>raw HTML</b>");
    }
    const page = read(`${FIXTURE}/index.html`);
    expect(page).toContain('<a href="https://www.rfc-editor.org/rfc/rfc9110">good link</a>');
    // Markup quoted as code is shown as text.
    expect(page).toContain("<code>&#x3C;b>raw HTML&#x3C;/b></code>");
  });
});

describe("entry page scopes", () => {
  it("hold everything an entry page shows: its data from the scope equals its data from the whole catalog", async () => {
    const { readCatalog } = await import("../../src/internal-node.js");
    const { siteCatalog } = await import("../../site/src/data/catalog.js");
    const { entryPage, entryScope } = await import("../../site/src/data/entry.js");
    const catalog = siteCatalog(await readCatalog(path.join(dist, "data")), {
      site: "https://example.org",
      repository: "https://github.com/example/atlas",
      version: "0.0.0-test",
    });
    // The fixtures' pages have neighbours and related entries, so the comparison covers both.
    expect(catalog.entries.filter((e) => entryScope(catalog, e).entries.length > 1).length).toBeGreaterThan(1);
    for (const entry of catalog.entries) {
      const scope = entryScope(catalog, entry);
      for (const { code } of catalog.languages) {
        expect(entryPage(scope, entry, code), `${entry.id} (${code})`).toEqual(entryPage(catalog, entry, code));
      }
    }
  });
});
