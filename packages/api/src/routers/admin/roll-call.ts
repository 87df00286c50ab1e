import { IdSchema, PartialDateSchema } from "@legible/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { router, staffProcedure } from "../../trpc";
import { rollCallMembers } from "../../views/roll-call-view";
import { ANY_STAFF } from "./roles";

export const rollCallRouter = router({
  /** Who sat on a body on a vote's date, to pre-fill its roll call. */
  members: staffProcedure(ANY_STAFF)
    .input(z.object({ bodyId: IdSchema, date: PartialDateSchema }))
    .query(async ({ ctx, input }) => {
      const records = await ctx.repositories.bodyRecords(input.bodyId, { votes: 0, statements: 0 });
      if (!records) throw new TRPCError({ code: "NOT_FOUND", message: `No body with id "${input.bodyId}" exists.` });
      return rollCallMembers(records, input.date);
    }),
});
