import type { RecordCollection } from "../record-kinds";

/**
 * How the staff app lists one kind of record: the column a row is titled by, the columns
 * search looks in, the columns it may sort and filter by. Columns are Prisma field names.
 */
export interface Listing {
  /** The Prisma model's delegate, such as `voteEvent`. */
  model: string;
  title: string;
  /** A second line that tells rows apart: a date, an identifier, a status. */
  detail: string[];
  search: string[];
  sorts: string[];
  filters: string[];
}

const stamps = ["updatedAt", "createdAt"];

export const LISTINGS: Record<RecordCollection, Listing> = {
  jurisdictions: {
    model: "jurisdiction",
    title: "name",
    detail: ["classification", "slug"],
    search: ["name", "slug", "divisionId"],
    sorts: ["name", ...stamps],
    filters: ["classification"],
  },
  sources: {
    model: "source",
    title: "title",
    detail: ["publisher", "date"],
    search: ["title", "publisher", "url"],
    sorts: ["title", "date", ...stamps],
    filters: ["kind"],
  },
  bodies: {
    model: "body",
    title: "name",
    detail: ["classification"],
    search: ["name"],
    sorts: ["name", ...stamps],
    filters: ["classification", "jurisdictionId", "parentId"],
  },
  posts: {
    model: "post",
    title: "label",
    detail: ["role", "body.name", "startDate"],
    search: ["label", "role"],
    sorts: ["label", "startDate", ...stamps],
    filters: ["bodyId"],
  },
  people: {
    model: "person",
    title: "name",
    detail: ["familyName"],
    search: ["name", "givenName", "familyName"],
    sorts: ["name", "familyName", ...stamps],
    filters: [],
  },
  memberships: {
    model: "membership",
    title: "person.name",
    detail: ["role", "body.name", "post.label", "startDate"],
    search: ["person.name", "role", "body.name", "post.label"],
    sorts: ["startDate", "personId", ...stamps],
    filters: ["personId", "bodyId", "postId"],
  },
  measures: {
    model: "measure",
    title: "title",
    detail: ["identifier", "classification"],
    search: ["title", "identifier", "abstract"],
    sorts: ["title", "identifier", ...stamps],
    filters: ["classification", "bodyId", "jurisdictionId"],
  },
  actions: {
    model: "action",
    title: "description",
    detail: ["date", "measure.title"],
    search: ["description"],
    sorts: ["dateStart", ...stamps],
    filters: ["measureId", "actorBodyId"],
  },
  voteEvents: {
    model: "voteEvent",
    title: "motionText",
    detail: ["date", "result", "body.name"],
    search: ["motionText"],
    sorts: ["dateStart", ...stamps],
    filters: ["bodyId", "measureId", "result"],
  },
  statements: {
    model: "statement",
    title: "text",
    detail: ["stance", "speakerPerson.name", "date"],
    search: ["text", "speakerPerson.name"],
    sorts: ["dateStart", "stance", ...stamps],
    filters: ["stance", "measureId", "speakerPersonId", "sourceId"],
  },
  meetings: {
    model: "meeting",
    title: "name",
    detail: ["start", "status", "body.name"],
    search: ["name", "description"],
    sorts: ["startsAt", "name", ...stamps],
    filters: ["bodyId", "status"],
  },
  explainers: {
    model: "explainer",
    title: "headline",
    detail: ["locale", "status", "measure.title"],
    search: ["headline"],
    sorts: ["headline", ...stamps],
    filters: ["status", "locale", "measureId"],
  },
};
