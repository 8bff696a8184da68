import { RECORD_DATE } from "../../shared/patterns.js";
import { list } from "../rule.js";

export interface DateField {
  path: (string | number)[];
  value: string;
  /** The evidence item's kind, for dates inside `evidence`. */
  kind?: string;
  /** Whether that evidence item has a `target`. */
  targeted?: boolean;
}

/** Every date of an entry's evidence that has a valid form (the schema reports the others). */
export function datePaths(data: unknown): DateField[] {
  const d = (data ?? {}) as Record<string, unknown>;
  const found: DateField[] = [];
  list(d.evidence).forEach((item, index) => {
    const value = item?.date;
    if (typeof value === "string" && RECORD_DATE.test(value)) {
      found.push({
        path: ["evidence", index, "date"],
        value,
        kind: String(item.kind),
        targeted: item.target !== undefined,
      });
    }
  });
  return found;
}
