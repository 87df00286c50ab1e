import { type PublicCommentRules, publicCommentCitations, type Source } from "@legible/core";
import type { PrismaDatabase } from "../../../client";
import { loadSources, uniqueIds } from "./load";

/** A body's public-comment rules with the sources they cite ("how to have your say"). */
export interface BodyPublicComment {
  bodyId: string;
  bodyName: string;
  /** null when nothing is on record. */
  rules: PublicCommentRules | null;
  sources: Source[];
}

/** Two queries: the body's rules, then the sources they cite. `null` for an unknown body. */
export async function bodyPublicComment(prisma: PrismaDatabase, id: string): Promise<BodyPublicComment | null> {
  const row = await prisma.body.findUnique({ where: { id }, select: { id: true, name: true, publicComment: true } });
  if (!row) return null;
  const rules = (row.publicComment as PublicCommentRules | null) ?? null;
  const sourceIds = uniqueIds(publicCommentCitations(rules ?? {}).map(({ citation }) => citation.sourceId));
  return { bodyId: row.id, bodyName: row.name, rules, sources: await loadSources(prisma, sourceIds) };
}
