import {
  type Action,
  type Body,
  holdersOfPost,
  type Measure,
  type Membership,
  type Person,
  type Post,
  type Stance,
  type Statement,
  type VoteEvent,
} from "@legible/core";

/** An office someone holds now, in the records' words: "Mayor", "Office of the Mayor of Los Angeles". */
export interface OfficeView {
  role: string;
  organization: string | null;
}

/** How a person or body takes part in this measure. */
export type Involvement = "introduced" | "sponsor" | "signs" | "acted" | "votes" | "considers" | `spoke-${Stance}`;

export interface ExplainerPerson {
  /** Null for a sponsor known only by name. */
  id: string | null;
  name: string;
  offices: OfficeView[];
  involvement: Involvement[];
}

export interface ExplainerBody {
  id: string;
  name: string;
  seats: number | null;
  involvement: Involvement[];
}

/** Who's who, and each speaker's first office for attributing quotes. */
export interface PeopleView {
  people: ExplainerPerson[];
  bodies: ExplainerBody[];
}

interface PeopleInput {
  measure: Measure;
  actions: readonly Action[];
  voteEvents: readonly VoteEvent[];
  statements: readonly Statement[];
  bodies: readonly Body[];
  posts: readonly Post[];
  people: readonly Person[];
  memberships: readonly Membership[];
  /** The body that votes on the measure, whose rules name the executive's post. */
  votingBody: Body | undefined;
}

/** A statement's speaker by name: a person's or a body's, or its id when neither is on record. */
export function speakerNameOf(
  statement: Statement,
  records: { people: readonly Person[]; bodies: readonly Body[] },
): string {
  if (statement.speakerPersonId) {
    return records.people.find((person) => person.id === statement.speakerPersonId)?.name ?? statement.speakerPersonId;
  }
  const bodyId = statement.speakerBodyId ?? "";
  return records.bodies.find((body) => body.id === bodyId)?.name ?? bodyId;
}

/** Offices a person holds now (terms known to be running), in the records' words. */
export function officesOf(
  personId: string,
  records: Pick<PeopleInput, "memberships" | "posts" | "bodies">,
): OfficeView[] {
  const posts = new Map(records.posts.map((post) => [post.id, post]));
  const bodies = new Map(records.bodies.map((body) => [body.id, body]));
  // Offices in posts (Mayor, Chief of Police) before memberships of whole bodies (a party).
  return records.memberships
    .filter((membership) => membership.personId === personId && membership.current === true)
    .sort((a, b) => Number(a.postId === undefined) - Number(b.postId === undefined))
    .flatMap((membership) => {
      const post = membership.postId ? posts.get(membership.postId) : undefined;
      const role = membership.role ?? post?.role ?? post?.label;
      if (!role) return [];
      const bodyId = post?.bodyId ?? membership.bodyId;
      return [{ role, organization: (bodyId && bodies.get(bodyId)?.name) || null }];
    });
}

/**
 * The people and bodies who take part in the measure, each with how: sponsors, speakers,
 * whoever holds the executive's post now, the holder of a post that acted (when the records
 * leave only one candidate), and the bodies that vote, act or speak.
 */
export function peopleView(input: PeopleInput): PeopleView {
  const people = new Map(input.people.map((person) => [person.id, person]));
  const bodies = new Map(input.bodies.map((body) => [body.id, body]));
  const personViews = new Map<string, ExplainerPerson>();
  const bodyViews = new Map<string, ExplainerBody>();

  const involvePerson = (id: string, involvement: Involvement) => {
    const person = people.get(id);
    if (!person) return;
    const view = personViews.get(id) ?? { id, name: person.name, offices: officesOf(id, input), involvement: [] };
    if (!view.involvement.includes(involvement)) view.involvement.push(involvement);
    personViews.set(id, view);
  };
  const involveBody = (id: string | undefined, involvement: Involvement) => {
    const body = id ? bodies.get(id) : undefined;
    if (!body) return;
    const view = bodyViews.get(body.id) ?? {
      id: body.id,
      name: body.name,
      seats: body.rules?.seats.value ?? null,
      involvement: [],
    };
    if (!view.involvement.includes(involvement)) view.involvement.push(involvement);
    bodyViews.set(body.id, view);
  };

  // The body that decides comes first among bodies.
  for (const vote of input.voteEvents) involveBody(vote.bodyId, "votes");
  if (input.voteEvents.length === 0) involveBody(input.measure.bodyId, "considers");

  const namedOnly: ExplainerPerson[] = [];
  for (const sponsor of input.measure.sponsors) {
    const involvement = sponsor.primary ? "introduced" : "sponsor";
    if (sponsor.personId) involvePerson(sponsor.personId, involvement);
    else if (sponsor.bodyId) involveBody(sponsor.bodyId, involvement);
    else namedOnly.push({ id: null, name: sponsor.name, offices: [], involvement: [involvement] });
  }

  const executivePost = input.votingBody?.rules?.executive?.postId;
  if (executivePost) {
    for (const term of input.memberships) {
      if (term.postId === executivePost && term.current === true) involvePerson(term.personId, "signs");
    }
  }

  for (const statement of input.statements) {
    const involvement: Involvement = `spoke-${statement.stance}`;
    if (statement.speakerPersonId) involvePerson(statement.speakerPersonId, involvement);
    else involveBody(statement.speakerBodyId, involvement);
  }

  for (const action of input.actions) {
    if (action.actorPostId) {
      // Partial dates often leave two holders possible (an outgoing and an incoming mayor):
      // name someone only when the records leave exactly one.
      const holders = holdersOfPost(input.memberships, action.actorPostId, action.date);
      if (holders.length === 1 && holders[0]) involvePerson(holders[0].personId, "acted");
    }
  }

  for (const action of input.actions) {
    if (action.actorBodyId && !bodyViews.get(action.actorBodyId)?.involvement.includes("votes")) {
      involveBody(action.actorBodyId, "acted");
    }
  }

  return { people: [...personViews.values(), ...namedOnly], bodies: [...bodyViews.values()] };
}
