import { languages } from "../../runtime/languages.js";
import { record, type Rule } from "../rule.js";

/** A gloss follows the English title in headings and lists, so it stays short. */
export const MAX_GLOSS = 40;

const fullWidth = new Set(languages.filter((l) => l.fullWidthPunctuation).map((l) => l.code));
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

export const rule: Rule = {
  code: "EA026",
  name: "title-gloss",
  description: `A translated title is a gloss shown after the English error text: it does not repeat that text and has at most ${MAX_GLOSS} characters.`,
  check({ entries, report }) {
    for (const entry of entries) {
      const english = record(entry.source.data).title;
      for (const [lang, translation] of Object.entries(entry.translations)) {
        const gloss = record(translation.data).title;
        if (typeof gloss !== "string" || typeof english !== "string") continue;
        const hint =
          "write only the meaning in this language, e.g. `端口已被占用`: pages show it after the English text readers search for";
        if (english.length >= 8 && gloss.includes(english)) {
          report(
            translation,
            ["title"],
            "the translated title repeats the English title, which is shown before it anyway",
            { hint },
          );
        } else if ([...gloss].length > MAX_GLOSS) {
          report(
            translation,
            ["title"],
            `the translated title has ${[...gloss].length} characters, more than ${MAX_GLOSS}`,
            { hint },
          );
        } else if (fullWidth.has(lang) && !CJK.test(gloss)) {
          report(translation, ["title"], `the ${lang} title has no ${lang} text`, { hint });
        }
      }
    }
  },
};
