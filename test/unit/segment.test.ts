import { describe, expect, it } from "vitest";

import { hasHan, holdsEveryWord, searchTokens } from "../../src/runtime/segment.js";

describe("full-text results", () => {
  it("must begin a word of the text with each Latin word of the query, stemmed forms included", () => {
    const text = "lock file version 4 requires `-Znext-lockfile-bump`; -Z flags work only on nightly";
    expect(holdsEveryWord(text, "zzqxjvkwpl")).toBe(false);
    expect(holdsEveryWord(text, "lockfile nightly")).toBe(true);
    expect(holdsEveryWord(text, "lockfile kubernetes")).toBe(false);
    expect(holdsEveryWord("Run the configure script first", "configuration")).toBe(true);
    // Words inside other words do not count; short words are left to the index.
    expect(holdsEveryWord("reconfigure it", "configure")).toBe(false);
    expect(holdsEveryWord("anything at all", "to")).toBe(true);
  });

  it("must hold each Chinese word of the query whole", () => {
    expect(hasHan("CORS 跨域")).toBe(true);
    expect(hasHan("CORS policy")).toBe(false);
    const query = searchTokens("跨域", "zh");
    expect(holdsEveryWord(searchTokens("浏览器阻止了跨域请求", "zh"), query)).toBe(true);
    expect(holdsEveryWord(searchTokens("域名解析失败", "zh"), query)).toBe(false);
  });
});
