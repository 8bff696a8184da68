import { defineRule, list, record } from "../rule.js";

/**
 * A signature that matches the examples of this many other entries is not an overlap between
 * two errors but a pattern for a word every log has (`error`, `failed to`): it would put its
 * entry among the results of almost any lookup, so it is an error, not a warning.
 */
export const GENERIC_ENTRIES = 5;

export const rule = defineRule({
  code: "EA017",
  scope: "catalog",
  name: "signature-overlap",
  description:
    "No signature matches another entry's example (a warning: the lookup would rank the wrong entry too), unless the entry lists that entry under `overlaps` — and every listed overlap still happens (an exception that no longer applies is an error). " +
    `A signature that matches the examples of ${GENERIC_ENTRIES} or more other entries is too generic (an error).`,
  // Builds need not check it: the published data is right either way, and validation gates the catalog.
  warnsOnly: true,
  messages: {
    overlap: {
      text: "signature also matches {{count}} example(s) of {{entries}}",
      hint: "make it more specific (the error code, the exact wording); if the overlap is meant (one error printed inside another), list the entry under `overlaps`",
    },
    generic: {
      text: "signature matches examples of {{count}} other entries ({{entries}}): it is too generic to name one error",
      hint: "anchor it on this error's own wording or code, not on words that many errors print",
    },
    "stale-exception": {
      text: "no signature of this entry matches an example of `{{id}}` any more",
      hint: "remove this exception: it no longer applies",
    },
  },
  check({ entries, signatures, report }) {
    const position = new Map(entries.map((entry, i) => [entry.id, i]));
    const allowed = (entry: number) =>
      new Set(
        list<unknown>(record(entries[entry]!.source.data).overlaps).filter(
          (id): id is string => typeof id === "string",
        ),
      );

    // The lookup of every example (run once for all rules, see SignatureTable.execute) finds the overlaps.
    const captured = new Map<string, { entry: number; signature: number; from: Set<string>; count: number }>();
    const happened = new Map<number, Set<string>>();
    for (const entry of entries) {
      for (const hits of signatures.exampleHits(entry)) {
        for (const match of hits ?? []) {
          if (match.id === entry.id || match.via === "code") continue;
          const owner = position.get(match.id)!;
          if (!happened.has(owner)) happened.set(owner, new Set());
          happened.get(owner)!.add(entry.id);
          if (allowed(owner).has(entry.id)) continue;
          const key = `${match.id}#${match.signature}`;
          const found = captured.get(key) ?? {
            entry: owner,
            signature: match.signature,
            from: new Set<string>(),
            count: 0,
          };
          found.from.add(entry.id);
          found.count++;
          captured.set(key, found);
        }
      }
    }
    for (const { entry, signature, from, count } of captured.values()) {
      const ids = [...from].sort();
      const named = `${ids.slice(0, 3).join(", ")}${ids.length > 3 ? ` and ${ids.length - 3} more` : ""}`;
      if (ids.length >= GENERIC_ENTRIES) {
        report(entries[entry]!.source, ["signatures", signature], "generic", {
          data: { count: ids.length, entries: named },
        });
      } else {
        report(entries[entry]!.source, ["signatures", signature], "overlap", {
          severity: "warning",
          data: { count, entries: named },
        });
      }
    }
    entries.forEach((entry, e) => {
      list<unknown>(record(entry.source.data).overlaps).forEach((id, index) => {
        if (typeof id === "string" && !happened.get(e)?.has(id)) {
          report(entry.source, ["overlaps", index], "stale-exception", { data: { id } });
        }
      });
    });
  },
});
