import { ENVIRONMENT } from "../node/settings.js";
import { rules } from "../validate/rules/index.js";

type JsonSchema = {
  title?: string;
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  $ref?: string;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  definitions?: Record<string, JsonSchema>;
};

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** The validator's rules as a Markdown table, generated from the rule modules. */
export function rulesTable(): string {
  return [
    "| Code | Name | What it requires |",
    "| --- | --- | --- |",
    ...rules.map((r) => `| ${r.code} | \`${r.name}\` | ${cell(r.description)} |`),
  ].join("\n");
}

/** Every `ATLAS_*` setting the tools read, as a Markdown table, from `src/node/settings.ts`. */
export function environmentTable(): string {
  return [
    "| Variable | What it sets |",
    "| --- | --- |",
    ...Object.entries(ENVIRONMENT).map(([name, text]) => `| \`${name}\` | ${cell(text)} |`),
  ].join("\n");
}

function typeOf(schema: JsonSchema): string {
  if (schema.$ref) {
    const name = schema.$ref.split("/").pop()!;
    return ["IsoDate", "Url", "Rate", "Text", "EntryId", "ItemId"].includes(name)
      ? name
      : `[${name}](#${name.toLowerCase()})`;
  }
  if (schema.enum) return schema.enum.map((v) => `\`${String(v)}\``).join(" \\| ");
  if (schema.const !== undefined) return `\`${String(schema.const)}\``;
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(" or ");
  if (schema.type === "array") return `list of ${schema.items ? typeOf(schema.items) : "values"}`;
  if (schema.type === "object" && schema.additionalProperties && typeof schema.additionalProperties === "object") {
    return `map of ${typeOf(schema.additionalProperties)}`;
  }
  return String(schema.type ?? "any");
}

/** Field reference for the entry and translation formats, generated from their JSON Schemas. */
export function schemaReference(schemas: { file: string; schema: JsonSchema }[]): string {
  const out: string[] = [];
  for (const { file, schema } of schemas) {
    out.push(`## ${schema.title} (\`${file}\`)`, "", schema.description ?? "", "");
    const section = (name: string, node: JsonSchema) => {
      if (!node.properties) return;
      const required = new Set(node.required ?? []);
      out.push(
        `### ${name}`,
        "",
        ...(node.description && node !== schema ? [node.description, ""] : []),
        "| Field | Type | Required | Meaning |",
        "| --- | --- | --- | --- |",
      );
      for (const [field, property] of Object.entries(node.properties)) {
        const target = property.$ref ? schema.definitions?.[property.$ref.split("/").pop()!] : undefined;
        const meaning = property.description ?? target?.description ?? "";
        out.push(`| \`${field}\` | ${typeOf(property)} | ${required.has(field) ? "yes" : ""} | ${cell(meaning)} |`);
      }
      out.push("");
    };
    section(schema.title ?? file, schema);
    for (const [name, definition] of Object.entries(schema.definitions ?? {})) {
      if (definition.properties) section(name, definition);
      else if (definition.description) {
        out.push(`### ${name}`, "", `${typeOf(definition)}. ${definition.description}`, "");
      }
    }
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n");
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function replaceSection(document: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from === -1 || to === -1) throw new Error(`missing ${start} … ${end}`);
  return `${document.slice(0, from + start.length)}\n${content}\n${document.slice(to)}`;
}
