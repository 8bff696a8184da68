import { digest } from "../node/digest.js";
import type { Entry, Translation, TranslationStatus } from "../types/schema.js";

/** One translatable text of an English entry, with its path as used in translation files. */
export interface TranslatableField {
  path: string;
  text: string;
}

/** The texts a translation can cover, in display order. */
export function translatableFields(entry: Entry, body: string): TranslatableField[] {
  const fields: TranslatableField[] = [
    { path: "title", text: entry.title },
    { path: "root_cause", text: entry.root_cause.text },
  ];
  for (const w of entry.workarounds) fields.push({ path: `workarounds.${w.id}`, text: w.text });
  for (const d of entry.dead_ends) {
    fields.push({ path: `dead_ends.${d.id}.text`, text: d.text });
    fields.push({ path: `dead_ends.${d.id}.why`, text: d.why });
  }
  for (const item of [...entry.workarounds, ...entry.dead_ends]) {
    fields.push({ path: `basis.${item.id}`, text: item.basis });
  }
  if (entry.fix_rate_basis !== undefined) fields.push({ path: "fix_rate_basis", text: entry.fix_rate_basis });
  if (entry.confidence_basis !== undefined) fields.push({ path: "confidence_basis", text: entry.confidence_basis });
  if (entry.provenance_note !== undefined) fields.push({ path: "provenance_note", text: entry.provenance_note });
  if (body.trim()) fields.push({ path: "body", text: body });
  return fields;
}

/**
 * Short hash of an English text, recorded in `translated_from` when a
 * translation is reviewed. Whitespace is normalised so re-wrapping a YAML
 * block does not mark translations as outdated.
 */
export function sourceHash(text: string): string {
  return digest("sha256", text.replace(/\s+/g, " ").trim(), "hex").slice(0, 8);
}

/** The translated text at a field path, if the translation has it. */
export function translatedText(translation: Translation, body: string, path: string): string | undefined {
  if (
    path === "title" ||
    path === "root_cause" ||
    path === "fix_rate_basis" ||
    path === "confidence_basis" ||
    path === "provenance_note"
  ) {
    return translation[path];
  }
  if (path === "body") return body.trim() ? body : undefined;
  const [group, id, part] = path.split(".") as [string, string, string | undefined];
  if (group === "workarounds") return translation.workarounds?.[id];
  if (group === "basis") return translation.basis?.[id];
  if (group === "dead_ends") return translation.dead_ends?.[id]?.[part as "text" | "why"];
  return undefined;
}

/** Coverage, missing and outdated fields of one translation, computed — never typed by hand. */
export function translationStatus(
  fields: readonly TranslatableField[],
  translation: Translation,
  body: string,
): TranslationStatus {
  const missing: string[] = [];
  const outdated: string[] = [];
  for (const field of fields) {
    if (translatedText(translation, body, field.path) === undefined) missing.push(field.path);
    else if (translation.translated_from?.[field.path] !== sourceHash(field.text)) outdated.push(field.path);
  }
  const translated = fields.length - missing.length;
  return {
    translatable: fields.length,
    translated,
    coverage: fields.length ? Math.round((translated / fields.length) * 10000) / 10000 : 1,
    missing,
    outdated,
  };
}
