import { en } from "./en.js";
import { zh } from "./zh.js";

/** UI strings, one table per language (src/i18n/<lang>.ts); English is complete and the fallback. */
export type Strings = typeof en;
export type StringKey = keyof Strings;

const tables: Record<string, Partial<Strings>> = { en, zh };

/**
 * A UI string in `lang`, falling back to English, with `{name}` placeholders
 * filled from `params` — sentences are never assembled by concatenation,
 * since word order differs between languages.
 */
export function t(lang: string, key: StringKey, params?: Record<string, string | number>): string {
  const text = tables[lang]?.[key] ?? en[key];
  return params
    ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
    : text;
}
