import type { Problem } from "../shared/problem.js";
import { rules } from "./rules/index.js";

const names = new Map(rules.map((r) => [r.code, r.name]));

/** `entries/x/y.md:12:5  EA013  message  (hint)` — clickable in editors and terminals. */
export function formatText(problem: Problem): string {
  const level = problem.severity === "warning" ? "warning " : "";
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.code}  ${level}${problem.message}${problem.hint ? `  (${problem.hint})` : ""}`;
}

const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** A GitHub Actions workflow command, shown inline on the pull request's diff. */
export function formatGithub(problem: Problem): string {
  const title = `${problem.code} ${names.get(problem.code) ?? ""}`.trim();
  const props = `file=${escapeProperty(problem.file)},line=${problem.line},col=${problem.column},title=${escapeProperty(title)}`;
  return `::${problem.severity === "warning" ? "warning" : "error"} ${props}::${escapeData(`${problem.code} ${problem.message}${problem.hint ? ` (${problem.hint})` : ""}`)}`;
}
