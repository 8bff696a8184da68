/**
 * The site's languages come from the data package (`languages`): adding a
 * language there plus a UI string table in src/i18n/ adds its pages here.
 */
import { languages, sourceLanguage, type Language } from "error-atlas";

export { languages, sourceLanguage };

/** BCP 47 tag of a language code, for `lang` and `hreflang` (zh → zh-Hans). */
export function tagOf(code: string): string {
  return languages.find((l) => l.code === code)?.tag ?? code;
}

/** The language record for a code; the source language for unknown codes. */
export function languageOf(code: string): Language {
  return languages.find((l) => l.code === code) ?? languages.find((l) => l.code === sourceLanguage)!;
}

/** Languages other than `code`, for "also in" links and the language switch. */
export function otherLanguages(code: string): Language[] {
  return languages.filter((l) => l.code !== code);
}

/**
 * getStaticPaths params for routes under `src/pages/[...lang]/`: the source
 * language lives at the root (`lang` undefined), the others under `/<code>/`.
 */
export function langParam(code: string): string | undefined {
  return code === sourceLanguage ? undefined : code;
}

/** getStaticPaths of a page that exists once per language (home, search, feed). */
export function perLanguagePaths(): { params: { lang: string | undefined }; props: { lang: string } }[] {
  return languages.map((l) => ({ params: { lang: langParam(l.code) }, props: { lang: l.code } }));
}

/** OpenGraph locale (`en_US`-style) of a language tag. */
export function ogLocale(code: string): string {
  const known: Record<string, string> = { en: "en_US", zh: "zh_CN" };
  return known[code] ?? code;
}
