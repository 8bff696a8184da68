import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

import { describe, expect, it } from "vitest";

import { parseDocumentText } from "../../src/load/document.js";
import { getSchemas, type Schemas, standaloneValidators } from "../../src/validate/schema.js";
import { BASE_ENTRY } from "../helpers/catalog.js";

const entry = () => structuredClone(parseDocumentText(BASE_ENTRY, "x.md").document!.data) as Record<string, any>;
const valid = (data: unknown) => getSchemas().entry(data);

/** The validators as standaloneValidators writes them, loaded as the bundle loads them (CommonJS). */
let standalone: Schemas | undefined;
function written(): Schemas {
  if (standalone) return standalone;
  const module = { exports: {} as Schemas };
  new Function("module", "exports", "require", standaloneValidators())(
    module,
    module.exports,
    createRequire(import.meta.url),
  );
  return (standalone = module.exports);
}

describe("entry schema", () => {
  it("accepts the seed entry and the base fixture", () => {
    const seed = parseDocumentText(
      readFileSync("entries/communication/smtp-421-service-not-available.md", "utf8"),
      "seed",
    ).document!.data;
    expect(valid(seed)).toBe(true);
    expect(valid(entry())).toBe(true);
  });

  it.each([
    ["javascript: URL", (e: any) => (e.docs[0].url = "javascript:alert(1)")],
    ["ftp URL", (e: any) => (e.docs[0].url = "ftp://example.org/x")],
    ["mailto URL in evidence", (e: any) => (e.evidence[0].url = "mailto:a@example.org")],
    // It reads as github.com but goes to example.org.
    ["URL with a user name before the host", (e: any) => (e.evidence[0].url = "https://github.com@example.org/x")],
    ["URL with a password", (e: any) => (e.docs[0].url = "https://user:secret@example.org/")],
    ["rate above 1", (e: any) => (e.workarounds[0].success_rate = 1.01)],
    ["negative rate", (e: any) => (e.fix_rate = -0.1)],
    ["upper-case id", (e: any) => (e.id = "Net/sample")],
    ["double hyphen in slug", (e: any) => (e.id = "net/a--b")],
    ["id without category", (e: any) => (e.id = "sample")],
    ["impossible date", (e: any) => (e.first_seen = "2023-02-29")],
    ["date with time", (e: any) => (e.updated = "2025-02-01T10:00:00Z")],
    ["unknown top-level field", (e: any) => (e.severity = "high")],
    ["unknown field in a version row", (e: any) => (e.versions[0].vendor = "x")],
    ["unknown field in a workaround", (e: any) => (e.workarounds[0].url = "https://x.org")],
    ["unknown evidence kind", (e: any) => (e.evidence[0].kind = "rumour")],
    [
      "outcome without result",
      (e: any) => e.evidence.push({ kind: "outcome", target: "reboot", date: "2025-02-01", source: "https://x.org" }),
    ],
    ["bad item id", (e: any) => (e.workarounds[0].id = "Start_Server")],
    ["signature with both regex and literal", (e: any) => (e.signatures[0] = { regex: "a", literal: "b" })],
    ["empty signature list", (e: any) => (e.signatures = [])],
    ["unknown provenance", (e: any) => (e.provenance = "guess")],
    ["unknown root-cause scope", (e: any) => (e.root_cause.scope = "global")],
    ["numeric version", (e: any) => (e.versions[0].version = 1)],
  ])("rejects %s", (_name, mutate) => {
    const data = entry();
    mutate(data);
    expect(valid(data)).toBe(false);
    // The validators the tools' bundle writes out as code give the same verdict and the same errors.
    const compiled = getSchemas().entry;
    const code = written().entry;
    expect(code(data)).toBe(false);
    expect(code.errors).toEqual(compiled.errors);
  });

  it("accepts an @ after the host, as in package and user paths", () => {
    const data = entry();
    data.evidence[0].url = "https://www.npmjs.com/package/@types/node?x=a@b#c@d";
    data.docs[0].url = "https://example.org";
    expect(valid(data)).toBe(true);
  });

  it("documents every field", () => {
    const schema = JSON.parse(readFileSync("schema/entry.schema.json", "utf8"));
    const undocumented: string[] = [];
    const visit = (node: any, where: string) => {
      for (const [name, property] of Object.entries<any>(node.properties ?? {})) {
        const target = property.$ref ? schema.definitions[property.$ref.split("/").pop()] : property;
        if (!property.description && !target?.description) undocumented.push(`${where}.${name}`);
      }
    };
    visit(schema, "entry");
    for (const [name, definition] of Object.entries<any>(schema.definitions)) visit(definition, name);
    expect(undocumented.filter((p) => !/\.(kind|url|title|id|target|text)$/.test(p))).toEqual([]);
  });
});

describe("translation schema", () => {
  const translation = getSchemas().translation;
  it("accepts translated fields keyed by item id, with source hashes", () => {
    expect(
      translation({
        title: "标题",
        workarounds: { "start-server": "启动" },
        dead_ends: { reboot: { text: "重启" } },
        translated_from: { title: "0123abcd", "dead_ends.reboot.text": "89abcdef" },
      }),
    ).toBe(true);
  });
  it.each([
    ["a figure", { fix_rate: 0.5 }],
    ["a malformed hash", { translated_from: { title: "xyz" } }],
    ["a hash for an unknown field", { translated_from: { summary: "0123abcd" } }],
    ["a bad item id", { workarounds: { "Bad Id": "x" } }],
    ["an unknown dead-end part", { dead_ends: { reboot: { because: "x" } } }],
  ])("rejects %s", (_name, data) => {
    expect(translation(data)).toBe(false);
    expect(written().translation(data)).toBe(false);
    expect(written().translation.errors).toEqual(translation.errors);
  });
});
