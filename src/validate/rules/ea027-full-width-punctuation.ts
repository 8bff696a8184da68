import type { SourceDocument } from "../../load/index.js";
import { languages } from "../../runtime/languages.js";
import type { Position } from "../../shared/problem.js";
import { defineRule, record } from "../rule.js";

const fullWidth = new Set(languages.filter((l) => l.fullWidthPunctuation).map((l) => l.code));
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
const HALF_TO_FULL: Record<string, string> = {
  ",": "，",
  ";": "；",
  ":": "：",
  "?": "？",
  "!": "！",
  "(": "（",
  ")": "）",
};

/**
 * Half-width punctuation written against Chinese text, outside code spans:
 * `资源耗尽(如` or `为什么无效:`. Returns the offending character's offset and
 * the text around it, or undefined.
 */
export function findHalfWidth(text: string): { offset: number; found: string; excerpt: string } | undefined {
  // Code spans and URLs keep their ASCII punctuation.
  const masked = text.replace(/`[^`\n]*`|https?:\/\/\S+/g, (m) => " ".repeat(m.length));
  for (let i = 0; i < masked.length; i++) {
    const ch = masked[i]!;
    if (!(ch in HALF_TO_FULL)) continue;
    const before = masked[i - 1] ?? "";
    const after = masked[i + 1] ?? "";
    const opens = ch === "(";
    if (CJK.test(before) || ((opens || ch === ")") && CJK.test(after))) {
      return { offset: i, found: ch, excerpt: text.slice(Math.max(0, i - 6), i + 6).replace(/\s+/g, " ") };
    }
  }
  return undefined;
}

function strings(value: unknown, path: (string | number)[] = []): [(string | number)[], string][] {
  if (typeof value === "string") return [[path, value]];
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => strings(v, [...path, k]));
  }
  return [];
}

/** Line and column of an offset in the body, which starts at `bodyLine` of the file. */
function bodyPosition(document: SourceDocument, offset: number): Position {
  const before = document.body.slice(0, offset).split("\n");
  return { line: document.bodyLine + before.length - 1, column: before[before.length - 1]!.length + 1 };
}

export const rule = defineRule({
  code: "EA027",
  name: "full-width-punctuation",
  description:
    "Translations into languages written with full-width punctuation (Chinese) use `，：；？！（）` next to their own script, not `,:;?!()`.",
  messages: {
    // Reported in the front matter and in the body alike.
    "half-width": {
      text: "half-width `{{found}}` next to Chinese text: “{{excerpt}}”",
      hint: "write `{{full}}`",
    },
  },
  check({ entries, report, reportAt }) {
    for (const entry of entries) {
      for (const [lang, translation] of Object.entries(entry.translations)) {
        if (!fullWidth.has(lang)) continue;
        const { translated_from: _hashes, ...texts } = record(translation.data);
        for (const [path, text] of strings(texts)) {
          const bad = findHalfWidth(text);
          if (bad) {
            report(translation, path, "half-width", {
              data: { found: bad.found, excerpt: bad.excerpt, full: HALF_TO_FULL[bad.found]! },
            });
          }
        }
        // Fenced code blocks keep their punctuation; prose lines are checked.
        let inFence = false;
        let offset = 0;
        for (const line of translation.body.split("\n")) {
          if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
          else if (!inFence) {
            const bad = findHalfWidth(line);
            if (bad) {
              reportAt(translation, bodyPosition(translation, offset + bad.offset), "half-width", {
                data: { found: bad.found, excerpt: bad.excerpt, full: HALF_TO_FULL[bad.found]! },
              });
            }
          }
          offset += line.length + 1;
        }
      }
    }
  },
});
