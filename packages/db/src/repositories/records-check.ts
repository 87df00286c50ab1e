import type { PrismaDatabase } from "../client";
import { InvalidRecordError, RecordNotFoundError, RepositoryError } from "./errors";
import { explainerRecordChanges, type RecordChange } from "./queries/record-changes";
import type { Actor } from "./store";

/** The audit log's action for a reviewer's confirmation that an explainer still holds. */
export const CHECK_RECORDS_ACTION = "check-records";

/**
 * A confirmation refused because a record changed after the reviewer loaded the list they
 * checked: confirming would cover a change nobody looked at.
 */
export class RecordsChangedMeanwhileError extends RepositoryError {
  override name = "RecordsChangedMeanwhileError";
  constructor(readonly changes: RecordChange[]) {
    const named = changes.map((change) => `${change.label} (${change.updatedBy ?? "someone"}, ${change.updatedAt})`);
    super(
      `Records changed after you loaded the list: ${named.join("; ")}. Look at ${changes.length === 1 ? "it" : "them"}, then confirm again.`,
    );
  }
}

export interface RecordsCheck {
  /** When the confirmation was stored (ISO 8601); null when nothing had changed, so nothing was stored. */
  checkedAt: string | null;
  /** The changes the reviewer confirmed. */
  confirmed: RecordChange[];
}

/**
 * A reviewer confirms that a published explainer still holds after the records it shows
 * changed: the explainer keeps the time (so the changes stop counting, until the next one) and
 * the audit log keeps who confirmed which changes. `seenThrough` is the newest change the
 * reviewer saw (its `updatedAt`): a change saved after it is refused with RecordsChangedMeanwhileError.
 * The explainer's version, `updatedAt` and `updatedBy` stay as they are: its words did not change,
 * and nobody's open editor should be told that someone else saved it.
 */
export async function confirmExplainerRecords(
  prisma: PrismaDatabase,
  explainerId: string,
  options: { seenThrough: string; actor: Actor },
): Promise<RecordsCheck> {
  const exists = await prisma.explainer.findUnique({ where: { id: explainerId }, select: { id: true } });
  if (!exists) throw new RecordNotFoundError({ type: "explainer", id: explainerId }, "explainer");
  const found = await explainerRecordChanges(prisma, explainerId);
  if (!found) {
    throw new InvalidRecordError(
      [{ path: "revisions", message: "are empty: it was never published, so readers see none of its records yet" }],
      "explainer",
    );
  }
  const seen = Date.parse(options.seenThrough);
  const unseen = found.changes.filter((change) => !(Date.parse(change.updatedAt) <= seen));
  if (unseen.length) throw new RecordsChangedMeanwhileError(unseen);
  if (found.changes.length === 0) return { checkedAt: null, confirmed: [] };

  const checkedAt = new Date();
  await prisma.$transaction(async (tx) => {
    // Only the check changes: the explainer keeps its version and `updatedAt` (set to what it
    // is, so Prisma does not stamp it). A save that lands in between moves the version, and the
    // check is written over that save instead.
    for (;;) {
      const current = await tx.explainer.findUnique({
        where: { id: explainerId },
        select: { version: true, updatedAt: true, recordsCheckedAt: true },
      });
      if (!current) throw new RecordNotFoundError({ type: "explainer", id: explainerId }, "explainer");
      const { count } = await tx.explainer.updateMany({
        where: { id: explainerId, version: current.version },
        data: { recordsCheckedAt: checkedAt, updatedAt: current.updatedAt },
      });
      if (count === 0) continue;
      await tx.auditEntry.create({
        data: {
          actorId: options.actor.id ?? null,
          actorName: options.actor.name,
          action: CHECK_RECORDS_ACTION,
          recordType: "explainer",
          recordId: explainerId,
          version: current.version,
          before: { recordsCheckedAt: current.recordsCheckedAt?.toISOString() ?? null },
          after: {
            recordsCheckedAt: checkedAt.toISOString(),
            confirmed: found.changes.map((change) => ({ ...change })),
          },
        },
      });
      return;
    }
  });
  return { checkedAt: checkedAt.toISOString(), confirmed: found.changes };
}
