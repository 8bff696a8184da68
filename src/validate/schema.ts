import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

import AjvModule, { _, type ErrorObject, type Options, type ValidateFunction } from "ajv";
import standaloneModule from "ajv/dist/standalone/index.js";
import formatsModule from "ajv-formats";

import type { SourceDocument } from "../load/index.js";
import { packageRoot } from "../node/settings.js";
import { defineMessages, formatMessage, type MessageData } from "../shared/messages.js";
import { isPlaceholder } from "../shared/placeholder.js";
import type { Problem } from "../shared/problem.js";

// ajv and ajv-formats are CommonJS; under NodeNext the class is on `.default`.
const Ajv = AjvModule.default;
const addFormats = formatsModule.default;
const standaloneCode = standaloneModule.default;
const ajvVersion = (createRequire(import.meta.url)("ajv/package.json") as { version: string }).version;

export interface Schemas {
  entry: ValidateFunction;
  translation: ValidateFunction;
  compiled: ValidateFunction;
  index: ValidateFunction;
  categories: ValidateFunction;
  types: ValidateFunction;
}

/** Each validator, by the schema (and definition) it checks. */
const REFS: Record<keyof Schemas, string> = {
  entry: "entry.schema.json",
  translation: "translation.schema.json",
  compiled: "compiled-entry.schema.json",
  index: "catalog-index.schema.json",
  categories: "vocabulary.schema.json#/definitions/CategoryRegistry",
  types: "vocabulary.schema.json#/definitions/TypeVocabulary",
};
/** The schema files, the entry schema first (error explanations read it). */
const SCHEMA_FILES = [...new Set(Object.values(REFS).map((ref) => ref.split("#")[0]!))];

/** The validators written out as code by the tools' bundle (scripts/tool.mjs), beside this module. */
export const STANDALONE_FILE = "schema-validators.cjs";

let schemas: Schemas | undefined;
/** The entry schema as read for ajv, also used to look up `$ref` branches when explaining errors. */
let entrySchema: Record<string, unknown> | undefined;

/** ajv with every schema added; `code` makes it able to write its validators out as code. */
function schemaAjv(texts: readonly string[], code?: Options["code"]) {
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    discriminator: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    ...(code && { code }),
  });
  addFormats(ajv, ["date", "uri"]);
  SCHEMA_FILES.forEach((name, i) => ajv.addSchema(JSON.parse(texts[i]!) as object, name));
  return ajv;
}

const schemaTexts = () => SCHEMA_FILES.map((name) => readFileSync(path.join(packageRoot, "schema", name), "utf8"));
/** What written-out validators were made from: the schemas and the ajv that compiled them. */
const standaloneKey = (texts: readonly string[]) =>
  createHash("sha256")
    .update(`${ajvVersion}\n${texts.join("\n")}`)
    .digest("hex");

/**
 * The validators as one CommonJS module, for the tools' bundle: loading it costs a few
 * milliseconds where compiling the schemas costs a few hundred, in every command that validates.
 */
export function standaloneValidators(): string {
  const texts = schemaTexts();
  const ajv = schemaAjv(texts, { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` });
  const code = standaloneCode(ajv, REFS);
  return `${code}\nmodule.exports.standaloneKey = ${JSON.stringify(standaloneKey(texts))};\n`;
}

/** The written-out validators beside this module, if they were made from these schemas. */
function loadStandalone(texts: readonly string[]): Schemas | undefined {
  if (import.meta.url.endsWith(".ts")) return undefined;
  const file = fileURLToPath(new URL(STANDALONE_FILE, import.meta.url));
  if (!existsSync(file)) return undefined;
  const loaded = createRequire(import.meta.url)(file) as Schemas & { standaloneKey?: string };
  return loaded.standaloneKey === standaloneKey(texts) ? loaded : undefined;
}

/** The validators, once per process: written out by the tools' bundle, or else compiled here. */
export function getSchemas(): Schemas {
  if (schemas) return schemas;
  const texts = schemaTexts();
  entrySchema = JSON.parse(texts[0]!) as Record<string, unknown>;
  const written = loadStandalone(texts);
  if (written) return (schemas = written);
  const ajv = schemaAjv(texts);
  // Each validator is compiled on first use: a rebuild after a one-entry edit needs two of the six.
  const lazy = (ref: string) => {
    let compiled: ValidateFunction | undefined;
    return () => (compiled ??= ajv.getSchema(ref)!);
  };
  schemas = Object.defineProperties(
    {},
    Object.fromEntries(Object.entries(REFS).map(([name, ref]) => [name, { get: lazy(ref), enumerable: true }])),
  ) as Schemas;
  return schemas;
}

/** Validates a document's front matter; every schema error becomes a located problem. */
export function checkSchema(document: SourceDocument, validate: ValidateFunction): Problem[] {
  return schemaErrors(document.data, validate).map(({ path, key, messageId, message, hint }) => {
    const { line, column } = document.locate(path, { key });
    return {
      file: document.file,
      line,
      column,
      code: "EA003",
      messageId,
      message,
      ...(hint && { hint }),
      severity: "error",
    };
  });
}

/** The schema errors of a value, explained (path, message, hint) but not yet located. */
export function schemaErrors(data: unknown, validate: ValidateFunction): Explained[] {
  if (validate(data)) return [];
  // A placeholder left by `npm run new` is reported once by EA018, with its hint.
  return explain((validate.errors ?? []).filter((e) => !isPlaceholder(e.data)));
}

/**
 * EA003's messages: one per kind of schema error explained, split where the
 * wording differs (a field of the front matter itself, or of a part of it).
 */
export const schemaMessages = defineMessages({
  "wrong-shape": { text: "{{at}} has the wrong shape", hint: "{{description}}" },
  "missing-field": {
    text: "missing required field `{{field}}`",
    hint: "add `{{field}}:` — its meaning is documented in schema/README.md",
  },
  "missing-nested-field": {
    text: "missing required field `{{field}}` in {{at}}",
    hint: "add `{{field}}:` — its meaning is documented in schema/README.md",
  },
  "computed-field": { text: "`{{field}}` is not written by hand any more", hint: "remove the line: {{source}}" },
  "unknown-field": { text: "unknown field `{{field}}`", hint: "check the spelling; allowed here: {{allowed}}" },
  "unknown-nested-field": {
    text: "unknown field `{{field}}` in {{at}}",
    hint: "check the spelling; allowed here: {{allowed}}",
  },
  "unknown-field-none-allowed": { text: "unknown field `{{field}}`", hint: "remove it" },
  "unknown-nested-field-none-allowed": { text: "unknown field `{{field}}` in {{at}}", hint: "remove it" },
  "wrong-type-string": { text: "{{at}} must be a string", hint: 'quote the value, e.g. `"2019"`' },
  "wrong-type": { text: "{{at}} must be {{type}}", hint: "{{description}}" },
  "not-allowed-value": { text: "{{at}} must be one of: {{allowed}}", hint: "{{description}}" },
  "wrong-constant": { text: "{{at}} must be `{{value}}`", hint: "{{description}}" },
  "out-of-range": { text: "{{at}} must be between 0 and 1", hint: "rates are shares: write 0.85 for 85 %" },
  empty: { text: "{{at}} must not be empty", hint: "{{description}}" },
  "too-long": {
    text: "{{at}} is longer than {{limit}} characters",
    hint: "shorten it, or move detail into the Markdown body",
  },
  "too-few-items": { text: "{{at}} needs at least {{limit}} {{noun}}", hint: "{{description}}" },
  "too-many-items": { text: "{{at}} has more than {{limit}} items", hint: "keep the most useful ones" },
  "duplicate-value": { text: "{{at}} lists the same value twice", hint: "remove the duplicate" },
  "needs-field": {
    text: "`{{field}}` needs `{{missing}}`",
    hint: "add `{{missing}}:` — a typed figure says what it rests on, and a basis needs its figure",
  },
  "invalid-date": { text: "{{at}} is not a real date", hint: "write YYYY-MM-DD, e.g. 2024-01-20" },
  "invalid-url": { text: "{{at}} is not a valid URL", hint: "use an absolute http:// or https:// URL" },
  // The advice depends on the pattern (see patternHint).
  "wrong-form": { text: "{{at}} has the wrong form: {{value}}", hint: "{{advice}}" },
  "bad-key": {
    text: "{{at}} has a key of the wrong form",
    hint: "keys are item ids: lower-case letters, digits and single hyphens",
  },
  "missing-kind": {
    text: "{{at}} needs a `kind` of source, report or outcome",
    hint: 'e.g. `{ kind: source, url: "https://…" }`',
  },
  // A keyword the schemas do not use today: ajv's own words.
  invalid: { text: "{{at}} {{detail}}", hint: "{{description}}" },
});

type SchemaMessageId = keyof typeof schemaMessages;

export interface Explained {
  path: (string | number)[];
  key: boolean;
  messageId: SchemaMessageId;
  /** The message and hint filled in, for rules that report schema errors of other files (EA021, EA022). */
  message: string;
  hint?: string;
}

function explained<Id extends SchemaMessageId>(
  path: (string | number)[],
  key: boolean,
  messageId: Id,
  data: MessageData<(typeof schemaMessages)[Id]>,
): Explained {
  const template = schemaMessages[messageId];
  const hint = formatMessage(template.hint, data);
  return { path, key, messageId, message: formatMessage(template.text, data), ...(hint && { hint }) };
}

const pointerToPath = (pointer: string): (string | number)[] =>
  pointer === ""
    ? []
    : pointer
        .slice(1)
        .split("/")
        .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));

const show = (path: (string | number)[]) =>
  path.length
    ? path
        .map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`))
        .join("")
        .replace(/^\./, "")
    : "the front matter";

/**
 * Turns ajv's errors into one message per real problem. For a value that may
 * take several shapes (anyOf/oneOf), only the errors of the shape the
 * contributor evidently meant are kept.
 */
export function explain(errors: ErrorObject[]): Explained[] {
  const branchErrors = errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf");
  const dropped = new Set<ErrorObject>();
  const replacements: Explained[] = [];

  for (const union of branchErrors) {
    dropped.add(union);
    const branches = (union.schema as Record<string, unknown>[]) ?? [];
    // Errors inside a `$ref` branch carry the referenced schema's path, not the union's.
    const branchOf = (e: ErrorObject) =>
      branches.findIndex(
        (b, i) =>
          e.schemaPath.startsWith(`${union.schemaPath}/${i}/`) ||
          (typeof b.$ref === "string" && e.schemaPath.startsWith(`${b.$ref}/`)),
      );
    const chosen = chooseBranch(branches, union.data);
    for (const e of errors) {
      if (e === union || !e.instancePath.startsWith(union.instancePath)) continue;
      const branch = branchOf(e);
      if (branch !== -1 && branch !== chosen) dropped.add(e);
    }
    if (chosen === undefined) {
      const description = (union.parentSchema as { description?: string }).description;
      const path = pointerToPath(union.instancePath);
      replacements.push(
        explained(path, false, "wrong-shape", { at: show(path), description: description ?? "see schema/README.md" }),
      );
    }
  }
  // `required` inside a oneOf branch that was not chosen is noise as well.
  const kept = errors.filter((e) => !dropped.has(e) && e.keyword !== "if");
  const all = [...kept.map(explainOne), ...replacements];
  const seen = new Set<string>();
  return all.filter((e) => {
    const k = `${e.path.join("/")}|${e.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function chooseBranch(branches: Record<string, unknown>[], data: unknown): number | undefined {
  const type =
    data === null ? "null" : Array.isArray(data) ? "array" : typeof data === "number" ? "number" : typeof data;
  const candidates = branches
    .map((b, i) => ({ b: resolveLocal(b), i }))
    .filter(({ b }) => b.type === undefined || b.type === type || (b.type === "integer" && type === "number"));
  if (type === "object" && data) {
    const keys = Object.keys(data);
    const withKeys = candidates.filter(
      ({ b }) => Array.isArray(b.required) && (b.required as string[]).every((k) => keys.includes(k)),
    );
    if (withKeys.length === 1) return withKeys[0]!.i;
    return undefined;
  }
  return candidates.length === 1 ? candidates[0]!.i : undefined;
}

// Branches are often `$ref`s; their targets carry `type` and `required`.
function resolveLocal(branch: Record<string, unknown>): Record<string, unknown> {
  const ref = branch.$ref;
  if (typeof ref !== "string" || !ref.startsWith("#/definitions/")) return branch;
  if (!entrySchema) getSchemas();
  const definitions = entrySchema!.definitions as Record<string, Record<string, unknown>>;
  return definitions[ref.slice("#/definitions/".length)] ?? branch;
}

function explainOne(e: ErrorObject): Explained {
  const path = pointerToPath(e.instancePath);
  const at = show(path);
  const params = e.params as Record<string, unknown>;
  // The schema's own words, when it has some, say what the field holds; without them there is no hint.
  const description = (e.parentSchema as { description?: string } | undefined)?.description ?? "";
  switch (e.keyword) {
    case "required": {
      const field = String(params.missingProperty);
      return path.length
        ? explained(path, true, "missing-nested-field", { field, at })
        : explained(path, true, "missing-field", { field });
    }
    case "additionalProperties": {
      const field = String(params.additionalProperty);
      const computed = COMPUTED[field];
      if (computed && path.length === 0) return explained([field], true, "computed-field", { field, source: computed });
      const allowed = Object.keys(((e.parentSchema as { properties?: object }).properties ?? {}) as object);
      if (!allowed.length) {
        return path.length
          ? explained([...path, field], true, "unknown-nested-field-none-allowed", { field, at })
          : explained([...path, field], true, "unknown-field-none-allowed", { field });
      }
      return path.length
        ? explained([...path, field], true, "unknown-nested-field", { field, at, allowed: allowed.join(", ") })
        : explained([...path, field], true, "unknown-field", { field, allowed: allowed.join(", ") });
    }
    case "type":
      return params.type === "string"
        ? explained(path, false, "wrong-type-string", { at })
        : explained(path, false, "wrong-type", { at, type: article(String(params.type)), description });
    case "enum":
      return explained(path, false, "not-allowed-value", {
        at,
        allowed: (params.allowedValues as unknown[]).join(", "),
        description,
      });
    case "const":
      return explained(path, false, "wrong-constant", { at, value: String(params.allowedValue), description });
    case "minimum":
    case "maximum":
      return explained(path, false, "out-of-range", { at });
    case "minLength":
      return explained(path, false, "empty", { at, description });
    case "maxLength":
      return explained(path, false, "too-long", { at, limit: String(params.limit) });
    case "minItems":
      return explained(path, true, "too-few-items", {
        at,
        limit: String(params.limit),
        noun: params.limit === 1 ? "item" : "items",
        description,
      });
    case "maxItems":
      return explained(path, true, "too-many-items", { at, limit: String(params.limit) });
    case "uniqueItems":
      return explained([...path, Number(params.i)], false, "duplicate-value", { at });
    case "dependencies": {
      const field = String(params.property);
      return explained([...path, field], true, "needs-field", { field, missing: String(params.missingProperty) });
    }
    case "format":
      return params.format === "date"
        ? explained(path, false, "invalid-date", { at })
        : explained(path, false, "invalid-url", { at });
    case "pattern":
      return explained(path, false, "wrong-form", {
        at,
        value: JSON.stringify(e.data),
        advice: patternHint(String(params.pattern), description || undefined),
      });
    case "propertyNames":
      return explained(path, false, "bad-key", { at });
    case "discriminator":
      return explained(path, true, "missing-kind", { at });
    default:
      return explained(path, false, "invalid", { at, detail: e.message ?? "is invalid", description });
  }
}

/** Fields that moved from the entry file into the build, with where their value now comes from. */
const COMPUTED: Record<string, string> = {
  first_seen: "first_seen is computed as the date of the earliest dated report (or untargeted source) in `evidence`",
  updated: "`updated` comes from the date of the last git commit that changed the entry's files",
};

function patternHint(pattern: string, description?: string): string {
  if (pattern.startsWith("^https?")) {
    return "use an absolute http:// or https:// URL with nothing before the host (no `user@`: it hides where the link goes)";
  }
  if (pattern.includes("\\d{4}-(?:")) {
    return "write the date the record shows: YYYY-MM-DD, or YYYY-MM when it gives only a month";
  }
  if (pattern.includes("\\d{4}")) return "write YYYY-MM-DD, e.g. 2024-01-20";
  if (pattern === "^[^\\n]+$") return "keep the basis on one line";
  if (pattern.includes("/[a-z0-9]")) {
    return "an id is `<category>/<slug>`: lower-case letters, digits and single hyphens";
  }
  if (pattern.startsWith("^[a-z0-9]+(?:-")) {
    return "lower-case letters, digits and single hyphens, e.g. `retry-with-backoff`";
  }
  if (pattern.includes("[_-]")) return "snake_case, e.g. `network_error`";
  return description ?? `must match ${pattern}`;
}

const article = (type: string) =>
  type === "array"
    ? "a list"
    : type === "object"
      ? "a mapping of fields"
      : type === "integer"
        ? "a whole number"
        : `a ${type}`;
