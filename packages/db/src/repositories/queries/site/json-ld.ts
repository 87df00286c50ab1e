import type { PrismaDatabase } from "../../../client";
import { actionKind } from "../../kinds/action";
import { bodyKind } from "../../kinds/body";
import { jurisdictionKind } from "../../kinds/jurisdiction";
import { measureKind } from "../../kinds/measure";
import { membershipKind } from "../../kinds/membership";
import { personKind } from "../../kinds/person";
import { postKind } from "../../kinds/post";
import { voteEventKind } from "../../kinds/vote-event";
import { actionIdsOf, findAll, voteEventIdsFor } from "./reads";

/** The read model of the structured data (JSON-LD) a record's page carries. */
export function jsonLdQueries(prisma: PrismaDatabase) {
  return {
    /**
     * What a page's JSON-LD describes: a measure with its jurisdiction, actions, votes and body
     * (for its stage); a person with their terms and the bodies and posts those name; a body with
     * its parent. `null` if there is no such record.
     */
    async siteJsonLdRecords(kind: "measure" | "person" | "body", id: string) {
      switch (kind) {
        case "measure": {
          const measure = await measureKind.find(prisma, id);
          if (!measure) return null;
          const [actionIds, voteIds] = await Promise.all([
            actionIdsOf(prisma, id),
            voteEventIdsFor(prisma, { measureId: id }),
          ]);
          const [jurisdiction, body, actions, votes] = await Promise.all([
            measure.jurisdictionId ? jurisdictionKind.find(prisma, measure.jurisdictionId) : null,
            measure.bodyId ? bodyKind.find(prisma, measure.bodyId) : null,
            findAll(prisma, actionKind, actionIds),
            findAll(prisma, voteEventKind, voteIds),
          ]);
          return { kind, measure, jurisdiction, body, actions, votes };
        }
        case "person": {
          const person = await personKind.find(prisma, id);
          if (!person) return null;
          const termRows = await prisma.membership.findMany({ where: { personId: id }, select: { id: true } });
          const memberships = await findAll(
            prisma,
            membershipKind,
            termRows.map((row) => row.id),
          );
          const posts = await findAll(prisma, postKind, [...new Set(memberships.flatMap((m) => m.postId ?? []))]);
          const bodyIds = [...memberships.flatMap((m) => m.bodyId ?? []), ...posts.map((p) => p.bodyId)];
          const bodies = await findAll(prisma, bodyKind, [...new Set(bodyIds)]);
          return { kind, person, memberships, posts, bodies };
        }
        case "body": {
          const body = await bodyKind.find(prisma, id);
          if (!body) return null;
          const parent = body.parentId ? await bodyKind.find(prisma, body.parentId) : null;
          return { kind, body, parent };
        }
      }
    },
  };
}
