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
const HAN_CHARACTER = "[\\u3400-\\u9fff\\uf900-\\ufaff]";
const HAN = new RegExp(`^${HAN_CHARACTER}$`);
const ANY_HAN = new RegExp(HAN_CHARACTER);

/** Whether `text` holds a Chinese character (a query typed in Chinese, say). */
export const hasHan = (text: string): boolean => ANY_HAN.test(text);

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

/**
 * Whether a full-text result really holds the query (`words`, cut as for the index): Pagefind
 * also returns pages that share only part of a word — a single character of a Chinese word,
 * or just the first letters of a Latin one (any query finds something). Every Chinese word
 * must occur whole, and every Latin word of three or more letters must begin a word of the
 * text with its first four letters (so stemmed forms, as in "configuration" and "configure",
 * still match).
 */
export function holdsEveryWord(content: string, words: string): boolean {
  const text = content.toLowerCase();
  for (const word of words.toLowerCase().split(/\s+/)) {
    if (HAN.test(word[0] ?? "")) {
      if (!text.includes(word)) return false;
    } else if (/^[a-z0-9]{3,}$/.test(word) && !new RegExp(`(?:^|[^a-z0-9])${word.slice(0, 4)}`).test(text)) {
      return false;
    }
  }
  return true;
}
