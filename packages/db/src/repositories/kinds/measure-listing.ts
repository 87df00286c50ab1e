import { type Action, type Measure, measureStage, type VotingRules } from "@legible/core";
import type { PrismaDatabase } from "../../client";
import type { Tx } from "../record-kind";
import { refreshMeasureSearchFacets } from "../search-facets";

// The /measures browse list filters by stage, subject and year and sorts by latest action over
// every measure; working those out from each measure's actions at read time would read the whole
// Action table. So each save of a measure or of one of its actions writes them onto the measure
// (and its MeasureSubject rows), where indexes serve the list.

/**
 * Writes a measure's stage (core's, from its actions and its body's rules; the calendar is left
 * to the measure's own page) and its latest action. A measure gone meanwhile is left alone.
 */
export async function refreshMeasureListing(tx: Tx, measureId: string): Promise<void> {
  const measure = await tx.measure.findUnique({
    where: { id: measureId },
    select: { classification: true, updatedAt: true, body: { select: { rules: true } } },
  });
  if (!measure) return;
  const actions = await tx.action.findMany({
    where: { measureId },
    select: { id: true, measureId: true, date: true, dateStart: true, classification: true, order: true },
  });
  const stage = measureStage({
    measure: { classification: measure.classification as Measure["classification"] },
    actions: actions.map((row) => ({
      id: row.id,
      measureId: row.measureId,
      date: row.date,
      description: "",
      classification: row.classification as Action["classification"],
      order: row.order ?? undefined,
      sourceIds: [],
    })),
    body: measure.body?.rules ? { rules: measure.body.rules as unknown as VotingRules } : undefined,
  });
  const latest = latestAction(actions);
  await tx.measure.update({
    where: { id: measureId },
    data: {
      stage: stage.stage,
      latestActionId: latest?.id ?? null,
      latestActionOn: latest?.dateStart ?? "",
      latestActionYear: latest ? yearOf(latest.dateStart) : null,
      // Worked out from other records, not an edit of the measure: its last change stays as it was,
      // or every explainer showing it would list it as changed after each new action.
      updatedAt: measure.updatedAt,
    },
  });
  await refreshMeasureSearchFacets(tx, measureId);
}

/** Keeps a measure's MeasureSubject rows equal to its subjects. */
export async function writeMeasureSubjects(tx: Tx, measureId: string, subjects: readonly string[]): Promise<void> {
  await tx.measureSubject.deleteMany({ where: { measureId } });
  const unique = [...new Set(subjects)];
  if (unique.length) await tx.measureSubject.createMany({ data: unique.map((subject) => ({ measureId, subject })) });
}

type ActionDate = { id: string; dateStart: string; order: number | null };

/** The action with the latest date (then the highest order, then id), as the timeline ends. */
function latestAction<A extends ActionDate>(actions: readonly A[]): A | undefined {
  let latest: A | undefined;
  for (const action of actions) {
    if (!latest || compareActions(action, latest) > 0) latest = action;
  }
  return latest;
}

function compareActions(a: ActionDate, b: ActionDate): number {
  if (a.dateStart !== b.dateStart) return a.dateStart < b.dateStart ? -1 : 1;
  const order = (a.order ?? 0) - (b.order ?? 0);
  if (order) return order;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function yearOf(dateStart: string): number | null {
  const year = Number.parseInt(dateStart.slice(0, 4), 10);
  return Number.isFinite(year) ? year : null;
}

/** How many measures one transaction of {@link refreshAllMeasureListings} works out. */
const REFRESH_BATCH = 200;

/**
 * Works out every measure's listing again, a batch at a time by id. The migration that added the
 * columns could fill the latest action in SQL but not the stage (core's rules), so `db:migrate`
 * runs this once after it. Returns how many measures it wrote.
 */
export async function refreshAllMeasureListings(prisma: PrismaDatabase): Promise<number> {
  let after = "";
  let written = 0;
  for (;;) {
    const ids = (
      await prisma.measure.findMany({
        where: { id: { gt: after } },
        orderBy: { id: "asc" },
        select: { id: true },
        take: REFRESH_BATCH,
      })
    ).map((row) => row.id);
    if (!ids.length) return written;
    await prisma.$transaction(async (tx) => {
      for (const id of ids) await refreshMeasureListing(tx, id);
    });
    written += ids.length;
    after = ids.at(-1) ?? after;
  }
}
