import { list } from "../rule.js";

export interface DateField {
  path: (string | number)[];
  value: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Every date of an entry's front matter that has the YYYY-MM-DD form. */
export function datePaths(data: unknown): DateField[] {
  const d = (data ?? {}) as Record<string, unknown>;
  const found: DateField[] = [];
  for (const field of ["first_seen", "updated"]) {
    const value = d[field];
    if (typeof value === "string" && ISO.test(value)) found.push({ path: [field], value });
  }
  list(d.evidence).forEach((item, index) => {
    const value = item?.date;
    if (typeof value === "string" && ISO.test(value)) found.push({ path: ["evidence", index, "date"], value });
  });
  return found;
}
