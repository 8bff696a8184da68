import { languages } from "../../runtime/languages.js";
import { defineRule, record } from "../rule.js";

/** A gloss follows the English title in headings and lists, so it stays short. */
export const MAX_GLOSS = 40;

const fullWidth = new Set(languages.filter((l) => l.fullWidthPunctuation).map((l) => l.code));
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const HINT =
  "write only the meaning in this language, e.g. `端口已被占用`: pages show it after the English text readers search for";

export const rule = defineRule({
  code: "EA026",
  name: "title-gloss",
  description: `A translated title is a gloss shown after the English error text: it does not repeat that text and has at most ${MAX_GLOSS} characters.`,
  messages: {
    "repeats-english": {
      text: "the translated title repeats the English title, which is shown before it anyway",
      hint: HINT,
    },
    "gloss-too-long": { text: "the translated title has {{length}} characters, more than {{max}}", hint: HINT },
    "no-native-text": { text: "the {{lang}} title has no {{lang}} text", hint: HINT },
  },
  check({ entries, report }) {
    for (const entry of entries) {
      const english = record(entry.source.data).title;
      for (const [lang, translation] of Object.entries(entry.translations)) {
        const gloss = record(translation.data).title;
        if (typeof gloss !== "string" || typeof english !== "string") continue;
        if (english.length >= 8 && gloss.includes(english)) {
          report(translation, ["title"], "repeats-english");
        } else if ([...gloss].length > MAX_GLOSS) {
          report(translation, ["title"], "gloss-too-long", { data: { length: [...gloss].length, max: MAX_GLOSS } });
        } else if (fullWidth.has(lang) && !CJK.test(gloss)) {
          report(translation, ["title"], "no-native-text", { data: { lang } });
        }
      }
    }
  },
});
