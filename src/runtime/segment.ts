/**
 * Words for full-text search in languages written without spaces. The
 * browser's and Node's Intl.Segmenter (ICU) splits Chinese into words, but
 * often into single characters for terms its dictionary lacks (跨域 → 跨 | 域,
 * 域名 → 域 | 名). Searching single characters ranks any text that shares one
 * character — the DNS entry (域名) for a CORS query (跨域). So runs of
 * single-character words are joined back into one token, on both sides:
 * the index and the query are cut the same way, and whole terms match
 * whole terms.
 */
const HAN = /^[\u3400-\u9fff\uf900-\ufaff]$/;

const segmenters = new Map<string, Intl.Segmenter>();

/** Search tokens of `text`, joined by spaces (Latin words pass through as words). */
export function searchTokens(text: string, lang: string): string {
  let segmenter = segmenters.get(lang);
  if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: "word" })));
  const tokens: string[] = [];
  let run = "";
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike) {
      if (run) tokens.push(run);
      run = "";
      continue;
    }
    if (segment.length === 1 && HAN.test(segment)) {
      run += segment;
      continue;
    }
    if (run) tokens.push(run);
    run = "";
    tokens.push(segment);
  }
  if (run) tokens.push(run);
  return tokens.join(" ");
}
