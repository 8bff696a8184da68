import { defineRule } from "../rule.js";
import { datePaths } from "./dates.js";

export const rule = defineRule({
  code: "EA010",
  name: "date-order",
  description: "No outcome report is dated before the earliest cited record of the error (the entry's first_seen).",
  messages: {
    "outcome-before-record": {
      text: "outcome report dated {{date}} is before the earliest record of the error ({{first}})",
      hint: "correct the report's date, or cite the earlier record that shows the error existed then",
    },
  },
  check({ entries, report }) {
    for (const entry of entries) {
      const dates = datePaths(entry.source.data);
      const records = dates.filter((d) => d.kind === "report" || (d.kind === "source" && !d.targeted));
      if (!records.length) continue;
      const first = records.reduce((a, b) => (b.value < a.value ? b : a));
      for (const outcome of dates.filter((d) => d.kind === "outcome")) {
        if (outcome.value.slice(0, first.value.length) < first.value.slice(0, outcome.value.length)) {
          report(entry.source, outcome.path, "outcome-before-record", {
            data: { date: outcome.value, first: first.value },
          });
        }
      }
    }
  },
});
