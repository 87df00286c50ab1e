import {
  ActionSchema,
  BodySchema,
  JurisdictionSchema,
  MeasureSchema,
  MeetingSchema,
  MembershipSchema,
  PersonSchema,
  PostSchema,
  SourceSchema,
  StatementSchema,
  VoteEventSchema,
} from "@legible/core";
import { router, staffProcedure } from "../../trpc";
import { auditRouter } from "./audit";
import { bulkRouter } from "./bulk";
import { dashboardRouter } from "./dashboard";
import { explainersRouter } from "./explainers";
import { mergeRouter } from "./merge";
import { recordProcedures } from "./records";
import { reviewRouter } from "./review";
import { ANY_STAFF } from "./roles";
import { rollCallRouter } from "./roll-call";
import { syncsRouter } from "./syncs";
import { transferRouter } from "./transfer";
import { usersRouter } from "./users";

/** Everything the staff app may do; every procedure names the roles it allows. */
export const adminRouter = router({
  me: staffProcedure(ANY_STAFF).query(({ ctx }) => ctx.staff),
  dashboard: dashboardRouter,
  jurisdictions: router(recordProcedures("jurisdictions", JurisdictionSchema)),
  sources: router(recordProcedures("sources", SourceSchema)),
  bodies: router(recordProcedures("bodies", BodySchema)),
  posts: router(recordProcedures("posts", PostSchema)),
  people: router(recordProcedures("people", PersonSchema)),
  memberships: router(recordProcedures("memberships", MembershipSchema)),
  measures: router(recordProcedures("measures", MeasureSchema)),
  actions: router(recordProcedures("actions", ActionSchema)),
  voteEvents: router(recordProcedures("voteEvents", VoteEventSchema)),
  statements: router(recordProcedures("statements", StatementSchema)),
  meetings: router(recordProcedures("meetings", MeetingSchema)),
  explainers: explainersRouter,
  bulk: bulkRouter,
  rollCall: rollCallRouter,
  merge: mergeRouter,
  review: reviewRouter,
  audit: auditRouter,
  users: usersRouter,
  transfer: transferRouter,
  syncs: syncsRouter,
});

export type AdminRouter = typeof adminRouter;
