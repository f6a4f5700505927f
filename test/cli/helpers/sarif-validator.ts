/** Validator for the vendored OASIS SARIF 2.1.0 schema, with real checks for its uri, uri-reference and date-time formats. */
import { readFileSync } from "node:fs";
import { Ajv, type ValidateFunction } from "ajv";

export function sarifValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(new URL("../sarif-schema-2.1.0.json", import.meta.url), "utf8"));
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat("uri", (s: string) => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(s) && URL.canParse(s));
  ajv.addFormat("uri-reference", (s: string) => /^[\x21-\x7e]*$/.test(s) && URL.canParse(s, "file:///base/"));
  ajv.addFormat("date-time", (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(schema);
}
