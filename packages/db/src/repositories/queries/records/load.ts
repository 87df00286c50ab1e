import {
  type Body,
  type Measure,
  type Person,
  type Post,
  ruleCitations,
  type Source,
  type VotingRules,
} from "@legible/core";
import type { PrismaDatabase } from "../../../client";
import { fromRow as sourceFromRow } from "../../kinds/source";
import { PUBLISHED_EXPLAINER } from "../published";

/** A body another record points at: enough to name it, link to it, and decide its votes by its rules. */
export type BodyRef = Pick<Body, "id" | "name" | "classification" | "rules">;
/** A measure another record points at. */
export type MeasureRef = Pick<Measure, "id" | "title" | "identifier" | "classification">;
/** A person another record points at. */
export type PersonRef = Pick<Person, "id" | "name">;
/** A post a term is in, with the body it belongs to. */
export type PostRef = Pick<Post, "id" | "label" | "role" | "bodyId">;
/** A published explainer of a measure, in one locale. */
export interface ExplainerRef {
  id: string;
  measureId: string;
  locale: "en" | "es";
  headline: string;
}

/** Each id once, without the blanks optional fields leave. */
export function uniqueIds(ids: Iterable<string | null | undefined>): string[] {
  return [...new Set([...ids].filter((id): id is string => Boolean(id)))];
}

/** Every source a body's voting rules cite, as core's `ruleCitations` walks them. */
export function ruleSourceIds(rules: VotingRules | undefined): string[] {
  if (!rules) return [];
  return uniqueIds(ruleCitations(rules).map(({ citation }) => citation.sourceId));
}

// Each loader below is one query (none when there is nothing to load), so a page's read model
// costs a fixed number of queries however many records it shows.

export async function loadBodyRefs(prisma: PrismaDatabase, ids: string[]): Promise<BodyRef[]> {
  if (!ids.length) return [];
  const rows = await prisma.body.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, classification: true, rules: true },
    orderBy: { name: "asc" },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    classification: row.classification as Body["classification"],
    ...(row.rules === null ? {} : { rules: row.rules as unknown as VotingRules }),
  }));
}

export async function loadMeasureRefs(prisma: PrismaDatabase, ids: string[]): Promise<MeasureRef[]> {
  if (!ids.length) return [];
  const rows = await prisma.measure.findMany({
    where: { id: { in: ids } },
    select: { id: true, title: true, identifier: true, classification: true },
    orderBy: { title: "asc" },
  });
  return rows.map((row) => ({ ...row, classification: row.classification as Measure["classification"] }));
}

export async function loadPersonRefs(prisma: PrismaDatabase, ids: string[]): Promise<PersonRef[]> {
  if (!ids.length) return [];
  return prisma.person.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

export async function loadPostRefs(prisma: PrismaDatabase, ids: string[]): Promise<PostRef[]> {
  if (!ids.length) return [];
  const rows = await prisma.post.findMany({
    where: { id: { in: ids } },
    select: { id: true, label: true, role: true, bodyId: true },
  });
  return rows.map((row) => ({ ...row, role: row.role ?? undefined }));
}

export async function loadSources(prisma: PrismaDatabase, ids: string[]): Promise<Source[]> {
  if (!ids.length) return [];
  return (await prisma.source.findMany({ where: { id: { in: ids } } })).map(sourceFromRow);
}

// Readers see an explainer's latest published revision, never the working draft, so its
// headline comes from there; a "published" explainer without a revision is not shown.
const publishedExplainer = {
  id: true,
  measureId: true,
  locale: true,
  revisions: { orderBy: { number: "desc" as const }, take: 1, select: { headline: true } },
};

function explainerRefs(
  rows: { id: string; measureId: string; locale: string; revisions: { headline: string }[] }[],
): ExplainerRef[] {
  return rows.flatMap((row) => {
    const latest = row.revisions[0];
    return latest
      ? [
          {
            id: row.id,
            measureId: row.measureId,
            locale: row.locale as ExplainerRef["locale"],
            headline: latest.headline,
          },
        ]
      : [];
  });
}

/** Published explainers of these measures, in every locale. Drafts and reviews stay private. */
export async function loadPublishedExplainers(prisma: PrismaDatabase, measureIds: string[]): Promise<ExplainerRef[]> {
  if (!measureIds.length) return [];
  const rows = await prisma.explainer.findMany({
    where: { measureId: { in: measureIds }, ...PUBLISHED_EXPLAINER },
    select: publishedExplainer,
    orderBy: [{ measureId: "asc" }, { locale: "asc" }],
  });
  return explainerRefs(rows);
}

/** Published explainers by their own ids (search hits name explainers; pages are per measure). */
export async function loadPublishedExplainersById(prisma: PrismaDatabase, ids: string[]): Promise<ExplainerRef[]> {
  if (!ids.length) return [];
  const rows = await prisma.explainer.findMany({
    where: { id: { in: ids }, ...PUBLISHED_EXPLAINER },
    select: publishedExplainer,
  });
  return explainerRefs(rows);
}
