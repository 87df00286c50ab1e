import { IdSchema, membersOfBody, PartialDateSchema, servedOn } from "@legible/core";
import { z } from "zod";
import { router, staffProcedure } from "../../trpc";
import { loadOrNotFound } from "./records";
import { ANY_STAFF } from "./roles";

export const rollCallRouter = router({
  /**
   * Who sat on a body on a vote's date, to pre-fill its roll call. `certain` is false for terms
   * whose recorded dates only may cover the day.
   */
  members: staffProcedure(ANY_STAFF)
    .input(z.object({ bodyId: IdSchema, date: PartialDateSchema }))
    .query(async ({ ctx, input }) => {
      await loadOrNotFound(ctx, "bodies", input.bodyId);
      const records = await ctx.repositories.bodyRecords(input.bodyId);
      if (!records) return [];
      const names = new Map(records.people.map((person) => [person.id, person.name]));
      const posts = new Map(records.posts.map((post) => [post.id, post.label]));
      const seen = new Set<string>();
      return membersOfBody(records.memberships, input.bodyId, input.date, { posts: records.posts })
        .filter((membership) => !seen.has(membership.personId) && seen.add(membership.personId))
        .map((membership) => ({
          personId: membership.personId,
          name: names.get(membership.personId) ?? membership.personId,
          post: membership.postId ? (posts.get(membership.postId) ?? null) : null,
          certain: servedOn(membership, input.date) === "yes",
        }))
        .sort((a, b) => a.name.localeCompare(b.name));
    }),
});
