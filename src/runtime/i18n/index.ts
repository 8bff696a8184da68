import { en } from "./en.js";
import { zh } from "./zh.js";

/** UI strings, one table per language (src/i18n/<lang>.ts); English is complete and the fallback. */
export type Strings = typeof en;
export type StringKey = keyof Strings;

const tables: Record<string, Partial<Strings>> = { en, zh };

/** A UI string in `lang`, falling back to English. */
export function t(lang: string, key: StringKey): string {
  return tables[lang]?.[key] ?? en[key];
}

/** A share as a whole percentage: 0.855 → "86%". */
export function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}
