import type { PageSlice, Source, Statement } from "@legible/core";
import type { PrismaDatabase } from "../../../client";
import { fromRow as statementFromRow } from "../../kinds/statement";
import {
  type BodyRef,
  loadBodyRefs,
  loadMeasureRefs,
  loadPersonRefs,
  loadSources,
  type MeasureRef,
  type PersonRef,
  uniqueIds,
} from "./load";

/** Who said something: a person, or a body speaking as one (a party, a council). */
export interface Speaker {
  kind: "person" | "body";
  id: string;
}

/** Some of a speaker's statements, newest first, and how many there are in all. */
export interface LatestStatements {
  statements: Statement[];
  total: number;
}

/** One page of a speaker's statements, with what they name. */
export interface StatementPage extends LatestStatements {
  speaker: (PersonRef & { kind: "person" }) | (BodyRef & { kind: "body" });
  measures: MeasureRef[];
  sources: Source[];
}

const bySpeaker = (speaker: Speaker) =>
  speaker.kind === "person" ? { speakerPersonId: speaker.id } : { speakerBodyId: speaker.id };

/**
 * A speaker's statements, newest first (undated ones last, on both databases), read off
 * Statement's (speaker, dateStart) index so a long record costs the same as a short one.
 */
export async function loadLatestStatements(
  prisma: PrismaDatabase,
  speaker: Speaker,
  slice: PageSlice,
): Promise<LatestStatements> {
  const where = bySpeaker(speaker);
  const [rows, total] = await Promise.all([
    prisma.statement.findMany({
      where,
      orderBy: [{ dateStart: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      skip: slice.offset,
      take: slice.limit,
    }),
    prisma.statement.count({ where }),
  ]);
  return { statements: rows.map(statementFromRow), total };
}

/** A page of a person's or a body's statements; null when no such speaker exists. */
export async function statementPage(
  prisma: PrismaDatabase,
  speaker: Speaker,
  slice: PageSlice,
): Promise<StatementPage | null> {
  const [[found], latest] = await Promise.all([
    speaker.kind === "person"
      ? loadPersonRefs(prisma, [speaker.id]).then((refs) => refs.map((ref) => ({ ...ref, kind: "person" as const })))
      : loadBodyRefs(prisma, [speaker.id]).then((refs) => refs.map((ref) => ({ ...ref, kind: "body" as const }))),
    loadLatestStatements(prisma, speaker, slice),
  ]);
  if (!found) return null;
  const [measures, sources] = await Promise.all([
    loadMeasureRefs(prisma, uniqueIds(latest.statements.map((statement) => statement.measureId))),
    loadSources(prisma, uniqueIds(latest.statements.map((statement) => statement.sourceId))),
  ]);
  return {
    speaker: found,
    ...latest,
    measures,
    sources,
  };
}
