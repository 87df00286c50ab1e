// The record kinds and their collection names, apart from the repositories barrel so the modules
// the barrel assembles (staff lists, listings) can name a collection without importing it back.
import { actionKind } from "./kinds/action";
import { bodyKind } from "./kinds/body";
import { explainerKind } from "./kinds/explainer";
import { jurisdictionKind } from "./kinds/jurisdiction";
import { measureKind } from "./kinds/measure";
import { meetingKind } from "./kinds/meeting";
import { membershipKind } from "./kinds/membership";
import { personKind } from "./kinds/person";
import { postKind } from "./kinds/post";
import { sourceKind } from "./kinds/source";
import { statementKind } from "./kinds/statement";
import { voteEventKind } from "./kinds/vote-event";

/** Every kind of record, in the order an import must create them (each after what it points at). */
export const RECORD_KINDS = {
  jurisdictions: jurisdictionKind,
  sources: sourceKind,
  bodies: bodyKind,
  posts: postKind,
  people: personKind,
  memberships: membershipKind,
  measures: measureKind,
  actions: actionKind,
  voteEvents: voteEventKind,
  statements: statementKind,
  meetings: meetingKind,
  explainers: explainerKind,
} as const;

export type RecordCollection = keyof typeof RECORD_KINDS;

/** The collections in RECORD_KINDS's order: the order an import creates them. */
export const RECORD_COLLECTIONS = Object.keys(RECORD_KINDS) as RecordCollection[];
