import type { Rule } from "../rule.js";
import { datePaths } from "./dates.js";

export const rule: Rule = {
  code: "EA010",
  name: "date-order",
  description: "`first_seen` is not after `updated` or any evidence date.",
  check({ entries, report }) {
    for (const entry of entries) {
      const dates = datePaths(entry.source.data);
      const firstSeen = dates.find((d) => d.path[0] === "first_seen");
      if (!firstSeen) continue;
      for (const other of dates) {
        if (other !== firstSeen && other.value < firstSeen.value) {
          report(entry.source, other.path, `${other.path.join(".").replace(/\.(\d+)\./, "[$1].")} (${other.value}) is before first_seen (${firstSeen.value})`, {
            hint: "first_seen is the earliest date the error was recorded: move it back, or correct this date",
          });
        }
      }
    }
  },
};
