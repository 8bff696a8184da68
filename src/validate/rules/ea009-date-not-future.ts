import { defineRule } from "../rule.js";
import { datePaths } from "./dates.js";

export const rule = defineRule({
  code: "EA009",
  name: "date-not-future",
  description: "No date lies in the future (one day of slack for time zones ahead of UTC).",
  messages: {
    "future-date": {
      text: "date {{date}} is in the future (today is {{today}})",
      hint: "use the date on which it happened",
    },
  },
  check({ entries, today, report }) {
    const limit = addDays(today, 1);
    for (const entry of entries) {
      for (const { path, value } of datePaths(entry.source.data)) {
        if (value.slice(0, limit.length) > limit.slice(0, value.length)) {
          report(entry.source, path, "future-date", { data: { date: value, today } });
        }
      }
    }
  },
});

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
