import { z } from "zod";
import { parseWith, type Result } from "../../result.js";
import { type Person, PersonSchema } from "../../schemas/people.js";
import type { Source } from "../../schemas/source.js";
import { defined, idFrom } from "../shared.js";
import { legibleExtras, type OcdSource, ocdIdentifiers, sourcesWithUrl } from "./common.js";

/** An OCD person. */
export interface OcdPerson {
  name: string;
  given_name?: string;
  family_name?: string;
  image?: string;
  sources: OcdSource[];
  extras: Record<string, unknown>;
}

/** Writes a person as an OCD person. */
export function toOcdPerson(person: Person, options: { sources?: readonly Source[] } = {}): OcdPerson {
  return {
    name: person.name,
    ...defined({ given_name: person.givenName, family_name: person.familyName, image: person.image }),
    sources: sourcesWithUrl(options.sources ?? [], person.sourceIds),
    extras: {
      legible: defined({
        id: person.id,
        sourceIds: person.sourceIds,
        version: person.version,
        updatedAt: person.updatedAt,
      }),
    },
  };
}

const OcdPersonInput = z.object({
  id: z.string().optional(),
  name: z.string(),
  given_name: z.string().optional(),
  family_name: z.string().optional(),
  image: z.string().optional(),
  extras: z.record(z.string(), z.unknown()).default({}),
});

const LegibleRecordExtras = z.object({
  id: z.string().optional(),
  sourceIds: z.array(z.string()).optional(),
  version: z.int().optional(),
  updatedAt: z.string().optional(),
});

/** Reads an OCD person. */
export function fromOcdPerson(input: unknown): Result<Person> {
  const parsed = parseWith(OcdPersonInput, input);
  if (!parsed.ok) return parsed;
  const p = parsed.value;
  const extrasResult = legibleExtras(LegibleRecordExtras, p.extras);
  if (!extrasResult.ok) return extrasResult;
  const extras = extrasResult.value;
  return parseWith(PersonSchema, {
    id: extras?.id ?? p.id ?? idFrom("ocd-person", p.name),
    name: p.name,
    ...(extras ? {} : ocdIdentifiers(p.id)),
    ...defined({
      givenName: p.given_name || undefined,
      familyName: p.family_name || undefined,
      image: p.image || undefined,
      version: extras?.version,
      updatedAt: extras?.updatedAt,
    }),
    sourceIds: extras?.sourceIds ?? [],
  });
}
