import { z } from "zod";
import { router, staffProcedure } from "../../trpc";
import { ANY_STAFF } from "./roles";

/** What an audit entry can record: a save, a delete, a reviewer's check that an explainer still holds, a merge of two people or its undoing. */
export const AUDIT_ACTIONS = ["create", "update", "delete", "check-records", "merge", "unmerge"] as const;

const isoTimestamp = z.iso.datetime({ offset: true, error: "must be a date and time, like 2026-11-26T09:00:00Z" });

/** Who changed what, when: every save, delete and restore, newest first. */
export const auditRouter = router({
  list: staffProcedure(ANY_STAFF)
    .input(
      z.object({
        actorName: z.string().max(200).optional(),
        recordType: z.string().max(40).optional(),
        recordId: z.string().max(200).optional(),
        action: z.enum(AUDIT_ACTIONS).optional(),
        from: isoTimestamp.optional(),
        to: isoTimestamp.optional(),
        page: z.int().min(1).max(100_000).optional(),
        pageSize: z.int().min(1).max(100, "must be 100 or fewer").optional(),
      }),
    )
    .query(({ ctx, input }) => ctx.repositories.staff.auditLog(input)),

  actors: staffProcedure(ANY_STAFF).query(({ ctx }) => ctx.repositories.staff.auditActors()),
});
