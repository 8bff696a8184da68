/**
 * What EA021 and EA022 share: a registry file (categories.yaml, types.yaml)
 * that breaks its schema is explained with EA003's messages, under the code
 * of the rule that owns the registry.
 */
import type { ValidateFunction } from "ajv";

import type { SourceDocument } from "../../load/index.js";
import type { RuleContext } from "../rule.js";
import { schemaErrors } from "../schema.js";

export const registrySchemaMessage = { text: "{{message}}", hint: "{{hint}}" } as const;

type Context = Pick<RuleContext<{ "vocabulary-schema": typeof registrySchemaMessage }>, "report">;

export function reportRegistrySchema(document: SourceDocument, schema: ValidateFunction, { report }: Context): void {
  for (const e of schemaErrors(document.data, schema)) {
    report(document, e.path, "vocabulary-schema", { key: e.key, data: { message: e.message, hint: e.hint ?? "" } });
  }
}
