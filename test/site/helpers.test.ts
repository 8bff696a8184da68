/** Unit tests of the site's page helpers (site/src/lib): fallback marks, rate figures, URLs, catalog views. */
import { describe, expect, it } from "vitest";
import type { CompiledEntry } from "error-atlas";
import { barGeometry, deadEndFigure, figureLabel, figureNote, formatInterval, formatRate, workaroundFigure } from "../../site/src/lib/rates.js";
import { excerpt, textMark, translationSummary } from "../../site/src/lib/text.js";
import { alternateLinks, displayUrl, editUrl, entryPaths, homePaths, jsonPath, pagePaths, safeHttpUrl, searchHref, searchPaths, categoryPaths } from "../../site/src/lib/paths.js";
import { catalogFigures, newest, recentlyUpdated } from "../../site/src/lib/catalog.js";
import { langParam, otherLanguages, tagOf } from "../../site/src/lib/lang.js";
import { scriptJson } from "../../site/src/lib/jsonld.js";

const measured = { n: 3, successes: 2, rate: 2 / 3, low: 0.2077, high: 0.9385 };

describe("rate figures", () => {
  it("shows the authors' estimate, labelled, when there is no outcome evidence", () => {
    const figure = workaroundFigure({ success_rate: 0.85 });
    expect(figure).toEqual({ kind: "estimate", rate: 0.85, estimate: 0.85 });
    expect(figureNote(figure, "en")).toBe("estimate");
    expect(figureNote(figure, "zh")).toBe("估计值");
    expect(figureLabel(figure, "en", "success")).toBe("85% success (estimate)");
    expect(barGeometry(figure)).toEqual({ fill: "85%" });
  });

  it("shows a measured rate with n and its 95 % interval, drawn as a whisker", () => {
    const figure = workaroundFigure({ success_rate: 0.7, measured });
    expect(figure.kind).toBe("measured");
    expect(formatRate(figure.rate)).toBe("67%");
    expect(figureNote(figure, "en")).toBe("measured · n = 3 · 95 % interval 21–94%");
    expect(figureNote(figure, "zh")).toBe("实测值 · n = 3 · 95% 置信区间 21–94%");
    expect(barGeometry(figure)).toEqual({ fill: "66.7%", whisker: { left: "20.8%", width: "73.1%" } });
  });

  it("turns a dead end's measured success rate into a fail rate, interval flipped", () => {
    const figure = deadEndFigure({ fail_rate: 0.9, measured: { n: 4, successes: 1, rate: 0.25, low: 0.05, high: 0.7 } });
    expect(figure).toMatchObject({ kind: "measured", rate: 0.75, estimate: 0.9, n: 4 });
    expect(figure.low).toBeCloseTo(0.3);
    expect(figure.high).toBeCloseTo(0.95);
    expect(deadEndFigure({ fail_rate: 0.95 })).toEqual({ kind: "estimate", rate: 0.95, estimate: 0.95 });
  });

  it("never takes an empty measurement for a measured figure", () => {
    expect(workaroundFigure({ success_rate: 0.5, measured: { n: 0, successes: 0, rate: 0, low: 0, high: 1 } }).kind).toBe("estimate");
  });

  it("formats and clamps rates", () => {
    expect(formatRate(0.855)).toBe("86%");
    expect(formatRate(1.2)).toBe("100%");
    expect(formatRate(-1)).toBe("0%");
    expect(formatRate(Number.NaN)).toBe("0%");
    expect(formatInterval(0.2077, 0.9385)).toBe("21–94%");
  });
});

describe("translation fallback marks", () => {
  it("marks an English fallback on a Chinese page with lang and a note", () => {
    expect(textMark({ lang: "en", state: "fallback" }, "zh")).toEqual({ lang: "en", note: "untranslated" });
  });
  it("marks an outdated translation without changing its language", () => {
    expect(textMark({ lang: "zh", state: "outdated" }, "zh")).toEqual({ note: "outdated" });
  });
  it("leaves current translations and English source texts unmarked", () => {
    expect(textMark({ lang: "zh", state: "translated" }, "zh")).toEqual({});
    expect(textMark({ lang: "en", state: "source" }, "en")).toEqual({});
  });
  it("gives the BCP 47 tag for lang attributes", () => {
    expect(textMark({ lang: "zh", state: "translated" }, "en")).toEqual({ lang: "zh-Hans" });
    expect(tagOf("zh")).toBe("zh-Hans");
  });
  it("counts what the page-level notice is about", () => {
    expect(translationSummary([{ state: "fallback" }, { state: "outdated" }, { state: "translated" }, { state: "fallback" }])).toEqual({ untranslated: 2, outdated: 1 });
  });
  it("cuts descriptions at a word", () => {
    expect(excerpt("Use `retry` now")).toBe("Use retry now");
    const long = "word ".repeat(60);
    expect(excerpt(long, 50).length).toBeLessThanOrEqual(50);
    expect(excerpt(long, 50).endsWith("word…")).toBe(true);
  });
});

describe("URLs", () => {
  it("builds every language's path of a page", () => {
    expect(homePaths()).toEqual({ en: "/", zh: "/zh/" });
    expect(searchPaths()).toEqual({ en: "/search/", zh: "/zh/search/" });
    expect(categoryPaths("http")).toEqual({ en: "/http/", zh: "/zh/http/" });
    expect(entryPaths("http/a-b")).toEqual({ en: "/http/a-b/", zh: "/zh/http/a-b/" });
    expect(pagePaths((l) => `/${l}-x/`)).toEqual({ en: "/en-x/", zh: "/zh-x/" });
    expect(jsonPath("http/a-b")).toBe("/http/a-b.json");
    expect(searchHref("zh", "421 4.7.0")).toBe("/zh/search/?q=421%204.7.0");
  });

  it("gives hreflang alternates for every language plus x-default", () => {
    expect(alternateLinks(entryPaths("http/a-b"), "https://example.org/")).toEqual([
      { hreflang: "en", href: "https://example.org/http/a-b/" },
      { hreflang: "zh-Hans", href: "https://example.org/zh/http/a-b/" },
      { hreflang: "x-default", href: "https://example.org/http/a-b/" },
    ]);
  });

  it("links to the English source file for editing", () => {
    expect(editUrl("https://github.com/o/r/", "http/a-b")).toBe("https://github.com/o/r/edit/main/entries/http/a-b.md");
  });

  it("lets only http(s) URLs become links", () => {
    expect(safeHttpUrl("https://www.rfc-editor.org/rfc/rfc5321#section-4.2.5")).toBe("https://www.rfc-editor.org/rfc/rfc5321#section-4.2.5");
    expect(safeHttpUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeHttpUrl(" JavaScript:alert(1)")).toBeUndefined();
    expect(safeHttpUrl("data:text/html,x")).toBeUndefined();
    expect(safeHttpUrl("/relative")).toBeUndefined();
    expect(displayUrl("https://example.org/a/")).toBe("example.org/a");
  });

  it("puts the source language at the root and the others under their code", () => {
    expect(langParam("en")).toBeUndefined();
    expect(langParam("zh")).toBe("zh");
    expect(otherLanguages("en").map((l) => l.code)).toEqual(["zh"]);
  });
});

describe("catalog views", () => {
  const entry = (id: string, first_seen: string, updated: string, extra: Partial<CompiledEntry> = {}) =>
    ({ id, category: id.split("/")[0], first_seen, updated, evidence_count: 1, workarounds: [], translations: {}, ...extra }) as unknown as CompiledEntry;
  const list = [entry("a/x", "2024-01-01", "2024-05-01"), entry("b/y", "2024-03-01", "2024-02-01"), entry("a/z", "2024-03-01", "2024-05-01")];

  it("orders newest and recently updated, ties by id, so builds repeat", () => {
    expect(newest(list, 2).map((e) => e.id)).toEqual(["a/z", "b/y"]);
    expect(recentlyUpdated(list, 3).map((e) => e.id)).toEqual(["a/x", "a/z", "b/y"]);
  });

  it("sums the home page figures", () => {
    const withData = [
      entry("a/x", "2024-01-01", "2024-01-01", { evidence_count: 4, workarounds: [{ id: "w", text: "", success_rate: 0.5, basis: "a test basis line", measured }], translations: { zh: { status: { coverage: 1 } } } as never }),
      entry("b/y", "2024-01-01", "2024-01-01", { translations: { zh: { status: { coverage: 0.5 } } } as never }),
    ];
    expect(catalogFigures(withData)).toEqual({ entries: 2, categories: 2, evidence: 5, measured: 1, coverage: { zh: 0.75 } });
  });
});

describe("JSON-LD", () => {
  it("cannot close its script element", () => {
    const json = scriptJson({ title: "</script><script>alert(1)</script>" });
    expect(json).not.toContain("</script");
    expect(JSON.parse(json)).toEqual({ title: "</script><script>alert(1)</script>" });
  });
});
