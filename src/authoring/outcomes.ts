import { readFileSync, writeFileSync } from "node:fs";

import { firstSeen } from "../compile/figures.js";
import type { LoadResult } from "../load/index.js";
import { isRealDate } from "../shared/patterns.js";
import type { Entry, OutcomeEvidence } from "../types/schema.js";

/** One outcome report as exported from the issue form. */
export interface OutcomeReport {
  entry: string;
  target: string;
  result: "success" | "failure";
  date: string;
  source: string;
}

export interface Rejection {
  /** 1-based line of the report in the input. */
  line: number;
  reason: string;
}

export interface ApplyResult {
  /** Reports accepted, by entry id. */
  applied: Map<string, OutcomeEvidence[]>;
  rejected: Rejection[];
}

/**
 * Checks outcome reports against the catalog: the entry (or the id it was
 * renamed from) and the workaround or dead end exist, the fields are well
 * formed, and the same report is not there already. Pure: nothing is written.
 */
export function checkOutcomes(lines: readonly string[], loaded: LoadResult, today: string): ApplyResult {
  const applied = new Map<string, OutcomeEvidence[]>();
  const rejected: Rejection[] = [];
  const byId = new Map(loaded.entries.map((e) => [e.id, e]));
  const seen = new Set<string>();
  for (const entry of loaded.entries) {
    for (const item of (entry.source.data as Entry).evidence ?? []) {
      if (item.kind === "outcome") seen.add(`${entry.id} ${item.target} ${item.source}`);
    }
  }

  lines.forEach((text, index) => {
    const line = index + 1;
    if (!text.trim()) return;
    const reject = (reason: string) => void rejected.push({ line, reason });
    let report: Partial<OutcomeReport>;
    try {
      report = JSON.parse(text) as Partial<OutcomeReport>;
    } catch {
      return reject("not a JSON object");
    }
    if (report === null || typeof report !== "object" || Array.isArray(report)) return reject("not a JSON object");
    const unknown = Object.keys(report).filter((k) => !["entry", "target", "result", "date", "source"].includes(k));
    if (unknown.length) return reject(`unknown field(s): ${unknown.join(", ")}`);
    const id =
      typeof report.entry === "string"
        ? byId.has(report.entry)
          ? report.entry
          : loaded.redirects.redirects[report.entry]
        : undefined;
    const entry = id ? byId.get(id) : undefined;
    if (!entry) return reject(`no entry \`${String(report.entry)}\``);
    const data = entry.source.data as Entry;
    const items = [...(data.workarounds ?? []), ...(data.dead_ends ?? [])].map((i) => i.id);
    if (typeof report.target !== "string" || !items.includes(report.target)) {
      return reject(
        `\`${String(report.target)}\` is not a workaround or dead end of ${entry.id} (known: ${items.join(", ")})`,
      );
    }
    if (report.result !== "success" && report.result !== "failure") {
      return reject('result must be "success" or "failure"');
    }
    if (typeof report.date !== "string" || !isRealDate(report.date)) {
      return reject("date must be a real date, YYYY-MM-DD");
    }
    if (report.date > today) return reject(`date ${report.date} is in the future`);
    const earliest = firstSeen(data.evidence ?? []);
    if (earliest !== undefined && report.date < earliest) {
      return reject(`date ${report.date} is before the earliest cited record of the error (${earliest})`);
    }
    if (typeof report.source !== "string" || !/^https?:\/\/[^\s/]+\S*$/.test(report.source)) {
      return reject("source must be an http(s) URL");
    }
    const key = `${entry.id} ${report.target} ${report.source}`;
    if (seen.has(key)) {
      return reject(`duplicate: ${entry.id} already has this report for ${report.target} from ${report.source}`);
    }
    seen.add(key);
    const evidence: OutcomeEvidence = {
      kind: "outcome",
      target: report.target,
      result: report.result,
      date: report.date,
      source: report.source,
    };
    applied.set(entry.id, [...(applied.get(entry.id) ?? []), evidence]);
  });
  return { applied, rejected };
}

/**
 * Appends outcome items to the `evidence:` list of an entry file, as text:
 * the rest of the file keeps its layout and comments.
 */
export function appendEvidence(file: string, items: readonly OutcomeEvidence[]): void {
  const raw = readFileSync(file, "utf8");
  const eol = raw.includes("\r\n") ? "\r\n" : "\n";
  const lines = raw.replace(/\r\n/g, "\n").split("\n");
  const end = lines.findIndex((line, i) => i > 0 && /^---[ \t]*$/.test(line));
  const start = lines.findIndex((line, i) => i > 0 && i < end && /^evidence:/.test(line));
  const rendered = items.map(
    (e) =>
      `  - { kind: outcome, target: ${e.target}, result: ${e.result}, date: ${e.date}, source: ${JSON.stringify(e.source)} }`,
  );
  if (start === -1) {
    lines.splice(end, 0, "evidence:", ...rendered);
  } else if (/^evidence:\s*\[\s*\]\s*$/.test(lines[start]!)) {
    lines.splice(start, 1, "evidence:", ...rendered);
  } else if (/^evidence:\s*(#.*)?$/.test(lines[start]!)) {
    let stop = start + 1;
    while (stop < end && (/^\s/.test(lines[stop]!) || lines[stop] === "")) stop++;
    while (stop > start + 1 && lines[stop - 1] === "") stop--;
    lines.splice(stop, 0, ...rendered);
  } else {
    throw new Error(
      `${file}: write \`evidence:\` as a block list (one \`- …\` item per line) so reports can be appended`,
    );
  }
  writeFileSync(file, lines.join(eol));
}
