import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ActionSchema } from "./action.js";
import { BodySchema } from "./body.js";
import { ExplainerSchema } from "./explainer.js";
import { JurisdictionSchema } from "./jurisdiction.js";
import { MeasureSchema } from "./measure.js";
import { MembershipSchema, PersonSchema, PostSchema } from "./people.js";
import { SourceSchema } from "./source.js";
import { StatementSchema } from "./statement.js";
import { VoteEventSchema } from "./vote-event.js";

const RECORD_SCHEMAS = {
  jurisdiction: JurisdictionSchema,
  source: SourceSchema,
  body: BodySchema,
  post: PostSchema,
  person: PersonSchema,
  membership: MembershipSchema,
  measure: MeasureSchema,
  action: ActionSchema,
  voteEvent: VoteEventSchema,
  statement: StatementSchema,
  explainer: ExplainerSchema,
};

type JsonSchema = {
  type?: string | string[];
  maxLength?: number;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
};

/** Every string in a JSON schema that has no maximum length, by its path. */
function unboundedStrings(schema: JsonSchema, path: string, found: string[], seen = new Set<JsonSchema>()) {
  if (seen.has(schema)) return;
  seen.add(schema);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes("string") && schema.maxLength === undefined && !schema.enum && schema.const === undefined) {
    found.push(path || "(record)");
  }
  for (const [key, child] of Object.entries(schema.properties ?? {}))
    unboundedStrings(child, `${path}.${key}`, found, seen);
  if (schema.items) unboundedStrings(schema.items, `${path}[]`, found, seen);
  if (typeof schema.additionalProperties === "object")
    unboundedStrings(schema.additionalProperties, `${path}{}`, found, seen);
  for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) {
    unboundedStrings(branch, path, found, seen);
  }
}

describe("every text field a record can hold", () => {
  it.each(Object.entries(RECORD_SCHEMAS))("has a maximum length in a %s", (_name, schema) => {
    const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema & {
      $defs?: Record<string, JsonSchema>;
    };
    const found: string[] = [];
    unboundedStrings(json, "", found);
    for (const [name, definition] of Object.entries(json.$defs ?? {}))
      unboundedStrings(definition, `$defs.${name}`, found);
    expect(found).toEqual([]);
  });
});

describe("web addresses in records", () => {
  it("take http and https, and refuse script, data and other schemes in every record that holds one", () => {
    const holders = [
      (url: string) => PersonSchema.shape.image.safeParse(url).success,
      (url: string) => SourceSchema.shape.url.safeParse(url).success,
      (url: string) => JurisdictionSchema.shape.url.safeParse(url).success,
    ];
    for (const accepts of holders) {
      expect(accepts("https://clerk.lacity.org/ordinance")).toBe(true);
      expect(accepts("http://example.org/a?b=c")).toBe(true);
      for (const bad of [
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<b>x</b>",
        "ftp://example.org/x",
      ]) {
        expect(accepts(bad), bad).toBe(false);
      }
    }
  });
});
