import { toOcdDate } from "../partial-date.js";
import type { Body, BodyClassification } from "../schemas/body.js";
import type { Membership, Person, Post } from "../schemas/people.js";
import { SCHEMA_ORG_CONTEXT } from "./schema-org.js";
import { defined } from "./shared.js";

// schema.org Person and Organization as JSON-LD, for the pages about officials and bodies.
// A term of office is a schema.org Role wrapped around the organization (the "role pattern"),
// which is how schema.org attaches dates and titles to a membership.

/** A reference to an organization inside another object. */
export interface SchemaOrgOrganizationRef {
  "@type": "Organization";
  identifier: string;
  name?: string;
}

/** A term: a person's role in a body, with its dates at OCD precision. */
export interface SchemaOrgRole {
  "@type": "Role";
  roleName?: string;
  startDate?: string;
  endDate?: string;
  memberOf: SchemaOrgOrganizationRef;
}

/** A schema.org `Person` object as JSON-LD. */
export interface SchemaOrgPerson {
  "@context": typeof SCHEMA_ORG_CONTEXT;
  "@type": "Person";
  identifier: string;
  name: string;
  givenName?: string;
  familyName?: string;
  image?: string;
  url?: string;
  memberOf?: SchemaOrgRole[];
  "legible:sourceIds": string[];
}

/** Extra context for {@link toSchemaOrgPerson}. */
export interface SchemaOrgPersonOptions {
  /** The page the JSON-LD describes. */
  url?: string;
  /** Terms to list as roles; only the person's own are used. */
  memberships?: readonly Membership[];
  /** Bodies, to name the organization of each role. */
  bodies?: ReadonlyArray<Pick<Body, "id" | "name">>;
  /** Posts, to title each role and find the body a post belongs to. */
  posts?: ReadonlyArray<Pick<Post, "id" | "bodyId" | "label" | "role">>;
}

/**
 * Writes a person as schema.org `Person` JSON-LD, with each of their terms as a `Role` in
 * `memberOf`. A term whose body is not on record (a post without a body given) is left out
 * rather than guessed. Week dates degrade to the month or year, as {@link toOcdDate} explains.
 */
export function toSchemaOrgPerson(person: Person, options: SchemaOrgPersonOptions = {}): SchemaOrgPerson {
  const roles = (options.memberships ?? [])
    .filter((membership) => membership.personId === person.id)
    .flatMap((membership): SchemaOrgRole[] => {
      const post = options.posts?.find((p) => p.id === membership.postId);
      const bodyId = membership.bodyId ?? post?.bodyId;
      if (bodyId === undefined) return [];
      const body = options.bodies?.find((b) => b.id === bodyId);
      return [
        {
          "@type": "Role",
          ...defined({
            roleName: membership.role ?? post?.role ?? post?.label,
            startDate: membership.startDate === null ? undefined : toOcdDate(membership.startDate),
            endDate: membership.endDate === null ? undefined : toOcdDate(membership.endDate),
          }),
          memberOf: { "@type": "Organization", identifier: bodyId, ...defined({ name: body?.name }) },
        },
      ];
    });
  return {
    "@context": SCHEMA_ORG_CONTEXT,
    "@type": "Person",
    identifier: person.id,
    name: person.name,
    ...defined({
      givenName: person.givenName,
      familyName: person.familyName,
      image: person.image,
      url: options.url,
      memberOf: roles.length > 0 ? roles : undefined,
    }),
    "legible:sourceIds": [...person.sourceIds],
  };
}

/** The schema.org types Legible uses for bodies. */
export type SchemaOrgOrganizationType = "GovernmentOrganization" | "PoliticalParty" | "Organization";

const ORGANIZATION_TYPE: Record<BodyClassification, SchemaOrgOrganizationType> = {
  legislature: "GovernmentOrganization",
  committee: "GovernmentOrganization",
  executive: "GovernmentOrganization",
  department: "GovernmentOrganization",
  party: "PoliticalParty",
  organization: "Organization",
};

/** A schema.org organization (a council, an office, a party, an outside group) as JSON-LD. */
export interface SchemaOrgOrganization {
  "@context": typeof SCHEMA_ORG_CONTEXT;
  "@type": SchemaOrgOrganizationType;
  identifier: string;
  name: string;
  parentOrganization?: SchemaOrgOrganizationRef;
  foundingDate?: string;
  dissolutionDate?: string;
  url?: string;
  "legible:seats"?: number;
  "legible:sourceIds": string[];
}

/** Extra context for {@link toSchemaOrgOrganization}. */
export interface SchemaOrgOrganizationOptions {
  /** The page the JSON-LD describes. */
  url?: string;
  /** The parent body, to name it; only used when it is the body's parent. */
  parent?: Pick<Body, "id" | "name">;
}

/**
 * Writes a body as schema.org JSON-LD: councils, offices, committees and departments are
 * `GovernmentOrganization`, parties `PoliticalParty`, anything else `Organization`. A voting
 * body's seat count, which schema.org has no property for, is `legible:seats`.
 */
export function toSchemaOrgOrganization(body: Body, options: SchemaOrgOrganizationOptions = {}): SchemaOrgOrganization {
  return {
    "@context": SCHEMA_ORG_CONTEXT,
    "@type": ORGANIZATION_TYPE[body.classification],
    identifier: body.id,
    name: body.name,
    ...(body.parentId
      ? {
          parentOrganization: {
            "@type": "Organization" as const,
            identifier: body.parentId,
            ...(options.parent?.id === body.parentId ? { name: options.parent.name } : {}),
          },
        }
      : {}),
    ...defined({
      foundingDate: body.foundingDate === undefined ? undefined : toOcdDate(body.foundingDate),
      dissolutionDate: body.dissolutionDate === undefined ? undefined : toOcdDate(body.dissolutionDate),
      url: options.url,
      "legible:seats": body.rules?.seats.value,
    }),
    "legible:sourceIds": [...body.sourceIds],
  };
}
