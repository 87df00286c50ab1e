import { parseWith, type Result } from "./result.js";
import { type VotingRules, VotingRulesSchema } from "./rules.js";
import { type Action, ActionSchema } from "./schemas/action.js";
import { type Body, BodySchema } from "./schemas/body.js";
import { type Explainer, ExplainerSchema } from "./schemas/explainer.js";
import { type Jurisdiction, JurisdictionSchema } from "./schemas/jurisdiction.js";
import { type Measure, MeasureSchema } from "./schemas/measure.js";
import {
  type Membership,
  MembershipSchema,
  type Person,
  PersonSchema,
  type Post,
  PostSchema,
} from "./schemas/people.js";
import { type Source, SourceSchema } from "./schemas/source.js";
import { type Statement, StatementSchema } from "./schemas/statement.js";
import { type VoteEvent, VoteEventSchema } from "./schemas/vote-event.js";

// One named parser per entity keeps call sites short and greppable, and gives developers
// outside the repo a stable surface that does not expose zod's own result shape.

/** Reads a {@link Jurisdiction} from outside data; never throws. */
export const parseJurisdiction = (input: unknown): Result<Jurisdiction> => parseWith(JurisdictionSchema, input);
/** Reads a {@link Body} from outside data; never throws. */
export const parseBody = (input: unknown): Result<Body> => parseWith(BodySchema, input);
/** Reads a {@link Post} from outside data; never throws. */
export const parsePost = (input: unknown): Result<Post> => parseWith(PostSchema, input);
/** Reads a {@link Person} from outside data; never throws. */
export const parsePerson = (input: unknown): Result<Person> => parseWith(PersonSchema, input);
/** Reads a {@link Membership} from outside data; never throws. */
export const parseMembership = (input: unknown): Result<Membership> => parseWith(MembershipSchema, input);
/** Reads a {@link Measure} from outside data; never throws. */
export const parseMeasure = (input: unknown): Result<Measure> => parseWith(MeasureSchema, input);
/** Reads an {@link Action} from outside data; never throws. */
export const parseAction = (input: unknown): Result<Action> => parseWith(ActionSchema, input);
/** Reads a {@link VoteEvent} from outside data; never throws. */
export const parseVoteEvent = (input: unknown): Result<VoteEvent> => parseWith(VoteEventSchema, input);
/** Reads a {@link Statement} from outside data; never throws. */
export const parseStatement = (input: unknown): Result<Statement> => parseWith(StatementSchema, input);
/** Reads a {@link Source} from outside data; never throws. */
export const parseSource = (input: unknown): Result<Source> => parseWith(SourceSchema, input);
/** Reads an {@link Explainer} from outside data; never throws. */
export const parseExplainer = (input: unknown): Result<Explainer> => parseWith(ExplainerSchema, input);
/** Reads a body's {@link VotingRules} from outside data; never throws. */
export const parseVotingRules = (input: unknown): Result<VotingRules> => parseWith(VotingRulesSchema, input);
