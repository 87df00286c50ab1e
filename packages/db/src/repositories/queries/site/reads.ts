import type { Explainer, Locale } from "@legible/core";
import type { PrismaDatabase } from "../../../client";
import { explainerKind } from "../../kinds/explainer";
import type { RecordKind, Tx } from "../../record-kind";
import { publishedView } from "../published";

// The look-ups several of the site's read models share. `prisma` is the public view
// (public-view.ts), so nothing here sees a record gone upstream.

export function present<T>(value: T | null): value is T {
  return value !== null;
}

/** The records with these ids that exist, in the order given. */
export async function findAll<T extends { id: string }>(prisma: Tx, kind: RecordKind<T>, ids: string[]): Promise<T[]> {
  return (await Promise.all(ids.map((id) => kind.find(prisma, id)))).filter(present);
}

/** Published explainers (ids and when last published), newest first. */
export async function publishedExplainerStamps(prisma: PrismaDatabase, where: { measureId?: string } = {}) {
  const rows = await prisma.explainer.findMany({
    where: { ...where, revisions: { some: {} } },
    select: {
      id: true,
      measureId: true,
      locale: true,
      revisions: { select: { publishedAt: true }, orderBy: { number: "desc" }, take: 1 },
    },
  });
  return rows
    .flatMap((row) => {
      const publishedAt = row.revisions[0]?.publishedAt.toISOString();
      return publishedAt ? [{ id: row.id, measureId: row.measureId, locale: row.locale as Locale, publishedAt }] : [];
    })
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.id.localeCompare(b.id));
}

/** These explainers as they were last published; one never published is left out. */
export async function publishedExplainers(prisma: PrismaDatabase, ids: string[]): Promise<Explainer[]> {
  return (await findAll(prisma, explainerKind, ids)).map(publishedView).filter(present);
}

/** The ids of a measure's votes, newest first. */
export async function voteEventIdsFor(prisma: PrismaDatabase, where: { measureId: string }): Promise<string[]> {
  const rows = await prisma.voteEvent.findMany({ where, select: { id: true }, orderBy: { dateStart: "desc" } });
  return rows.map((row) => row.id);
}

/** The ids of a measure's actions. */
export async function actionIdsOf(prisma: PrismaDatabase, measureId: string): Promise<string[]> {
  const rows = await prisma.action.findMany({ where: { measureId }, select: { id: true } });
  return rows.map((row) => row.id);
}
