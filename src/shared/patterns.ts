/**
 * The small formats every part of the tooling agrees on. The JSON Schemas
 * spell the same patterns (JSON cannot import them); a test pins the two
 * together.
 */

/** One segment of an id (a category or a slug): lower-case letters, digits and single hyphens. */
export const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An entry id, `<category>/<slug>`. */
export const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A calendar date, YYYY-MM-DD (the schema's `format: date` also checks it is real). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The date of a cited record: YYYY-MM-DD, or YYYY-MM when the record gives only a month. */
export const RECORD_DATE = /^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/;

/** Whether a YYYY-MM-DD string names a real calendar day. */
export function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
