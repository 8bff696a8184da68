import { defineRule, list, record } from "../rule.js";

const targetsOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

export const rule = defineRule({
  code: "EA023",
  name: "item-sourced",
  description:
    "Every workaround and dead end is the `target` of at least one dated evidence item with a title: the documentation that states it, or a public thread where it was reported to work or fail.",
  messages: {
    "evidence-undated": {
      text: "evidence that supports an item has no `date`",
      hint: "add the date the record shows (`date: YYYY-MM-DD`, or `YYYY-MM` for a month); for a page without a date, cite a dated thread or release note instead",
    },
    "item-unsourced": {
      text: "{{kind}} `{{id}}` cites no source",
      hint: "add an evidence item with `target: {{id}}`, a url and title you have read, and its date — or remove the item",
    },
  },
  check({ entries, report }) {
    for (const entry of entries) {
      const data = record(entry.source.data);
      const evidence = list(data.evidence);
      const cited = new Set<unknown>();
      evidence.forEach((item, index) => {
        const targets = targetsOf(item?.target);
        if (!targets.length || item?.kind === "outcome") return;
        for (const target of targets) cited.add(target);
        if (item.date === undefined) {
          report(entry.source, ["evidence", index], "evidence-undated", { key: false });
        }
      });
      for (const field of ["workarounds", "dead_ends"] as const) {
        list(data[field]).forEach((item, index) => {
          if (typeof item?.id !== "string" || cited.has(item.id)) return;
          report(entry.source, [field, index, "id"], "item-unsourced", {
            data: { kind: field === "workarounds" ? "workaround" : "dead end", id: item.id },
          });
        });
      }
    }
  },
});
