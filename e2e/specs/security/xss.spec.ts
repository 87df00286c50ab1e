import {
  ActionSchema,
  BodySchema,
  ExplainerSchema,
  JurisdictionSchema,
  MeasureSchema,
  MembershipSchema,
  PersonSchema,
  PostSchema,
  SourceSchema,
  StatementSchema,
  VoteEventSchema,
  WebUrlSchema,
} from "@legible/core";
import { type APIRequestContext, type Browser, expect, type Page, test } from "@playwright/test";
import { MARKER_PATTERN, markerOf, withMarker, XSS_PAYLOADS } from "../../fixtures/xss-payloads";
import { revalidate } from "../../support/revalidate";
import { storageStateOf } from "../../support/staff";
import { installXssDetector, visibleText, watchDialogs, xssFindings } from "../../support/xss-detector";

// Scripts: every piece of user text is rendered as text. XSS payloads go through every free-text
// field (and every URL field) of every record kind, by the staff API; then every page of both
// apps that shows them is opened in Chromium, and the spec fails if any script ran, any dialog
// opened, or any payload left markup behind. Each placement has its own marker, so a failure
// names the payload and the field.

const webPort = Number(process.env.LEGIBLE_E2E_WEB_PORT ?? 3100);
const WEB = `http://localhost:${webPort}`;

// ---------------------------------------------------------------------------------------------
// Which fields are free text, from core's schemas

type Def = { type: string; [key: string]: unknown };
type Schema = { _zod: { def: Def } };

interface Leaf {
  path: string;
  kind: "text" | "url";
  max?: number;
}

/** Every string field a person types: no format, no pattern, no custom check; and URL fields. */
function stringLeaves(schema: Schema, path = ""): Leaf[] {
  const def = schema._zod.def;
  switch (def.type) {
    case "object":
      return Object.entries(def.shape as Record<string, Schema>).flatMap(([key, child]) =>
        stringLeaves(child, path ? `${path}.${key}` : key),
      );
    case "array":
      return stringLeaves(def.element as Schema, `${path}[]`);
    case "record":
      return stringLeaves(def.valueType as Schema, `${path}{}`);
    case "optional":
    case "nullable":
    case "default":
    case "readonly":
      return stringLeaves(def.innerType as Schema, path);
    case "union": {
      const leaves = (def.options as Schema[]).flatMap((option) => stringLeaves(option, path));
      return [...new Map(leaves.map((leaf) => [leaf.path, leaf])).values()];
    }
    case "pipe":
      return stringLeaves(def.in as Schema, path);
    case "string": {
      const checks = ((def.checks as Schema[] | undefined) ?? []).map((check) => check._zod.def as Def);
      if (def.format === "url") return [{ path, kind: "url" }];
      if (def.format !== undefined) return [];
      if (checks.some((check) => !["min_length", "max_length", "overwrite"].includes(String(check.check)))) return [];
      const max = checks.find((check) => check.check === "max_length")?.maximum as number | undefined;
      return [{ path, kind: "text", ...(max === undefined ? {} : { max }) }];
    }
    default:
      return [];
  }
}

type Collection =
  | "jurisdictions"
  | "sources"
  | "bodies"
  | "posts"
  | "people"
  | "memberships"
  | "measures"
  | "actions"
  | "voteEvents"
  | "statements"
  | "explainers";

const SCHEMAS = {
  jurisdictions: JurisdictionSchema,
  sources: SourceSchema,
  bodies: BodySchema,
  posts: PostSchema,
  people: PersonSchema,
  memberships: MembershipSchema,
  measures: MeasureSchema,
  actions: ActionSchema,
  voteEvents: VoteEventSchema,
  statements: StatementSchema,
  explainers: ExplainerSchema,
} as unknown as Record<Collection, Schema>;

/** Strings that are not text a person reads, and why. */
const NOT_FREE_TEXT: Record<string, string> = {
  id: "a record id, used in addresses",
  jurisdictionId: "points at a jurisdiction by id",
  "rules.executive.postId": "points at a post by id",
  "revisions[].": "written by publishing, from the headline and blocks (which get payloads)",
  "inferred[].field": "names one of the record's own fields, checked against them",
  "identifiers[].":
    "ids in other systems, written by connectors and kept for matching: never on the public site, and shown as React text in the staff app",
  reviewNote:
    "a reviewer's note, written only by sending a draft back (never by a save, which is how this corpus writes); React text in the staff editor, never on the public site",
  "provenance.":
    "written by connectors: a connector name of a-z, 0-9 and dashes, an http(s) address and a time; not shown as text",
};

/** A worked-out value whose reasoning, in both languages, carries payloads. */
function inferred(collection: Collection, record: string, field: string) {
  return [
    {
      field,
      reasoning: {
        en: t(collection, record, "inferred[].reasoning.en"),
        es: t(collection, record, "inferred[].reasoning.es"),
      },
    },
  ];
}

function excluded(path: string): boolean {
  return Object.keys(NOT_FREE_TEXT).some((key) => (key.endsWith(".") ? path.startsWith(key) : path === key));
}

const FIELDS = Object.fromEntries(
  Object.entries(SCHEMAS).map(([collection, schema]) => [
    collection,
    new Map(
      stringLeaves(schema)
        .filter((leaf) => !excluded(leaf.path))
        .map((leaf) => [leaf.path, leaf]),
    ),
  ]),
) as Record<Collection, Map<string, Leaf>>;

// ---------------------------------------------------------------------------------------------
// Placing payloads

interface Placement {
  marker: string;
  payload: number;
  record: string;
  field: string;
  text: string;
}

const placements: Placement[] = [];
const filled = new Map<Collection, Set<string>>();
let nextPayload = 0;
const PER_FIELD = 3;
/** URL fields take only payloads z.url() accepts; these are the ones to try. */
const URL_PAYLOADS = XSS_PAYLOADS.map((payload, index) => ({ payload, index })).filter(
  ({ payload }) => payload.context === "url",
);
let nextUrlPayload = 0;

/** A value for one field of one record: several payloads, each with its own marker. */
function t(collection: Collection, record: string, field: string): string {
  const path = field.replace(/\[[^\]]*\]/g, "[]");
  const leaf = FIELDS[collection].get(path);
  if (!leaf) throw new Error(`${collection}.${path} is not a free-text field in core's schema`);
  if (!filled.has(collection)) filled.set(collection, new Set());
  filled.get(collection)?.add(path);
  const place = (payload: number): string => {
    const marker = markerOf(payload, placements.length);
    const text = withMarker(XSS_PAYLOADS[payload] as (typeof XSS_PAYLOADS)[number], marker);
    placements.push({ marker, payload, record, field, text });
    return text;
  };
  if (leaf.kind === "url") {
    for (let tries = 0; tries < URL_PAYLOADS.length; tries++) {
      const candidate = URL_PAYLOADS[nextUrlPayload++ % URL_PAYLOADS.length] as (typeof URL_PAYLOADS)[number];
      // A URL nested in an object (a body's public-comment links) is core's WebUrlSchema.
      const schema =
        (
          SCHEMAS[collection] as unknown as {
            shape: Record<string, { safeParse(v: unknown): { success: boolean } } | undefined>;
          }
        ).shape[path] ?? WebUrlSchema;
      if (schema?.safeParse(withMarker(candidate.payload, markerOf(candidate.index, 0))).success) {
        return place(candidate.index);
      }
    }
    throw new Error(`no URL payload fits ${collection}.${path}`);
  }
  const parts: string[] = [];
  const max = leaf.max ?? Number.POSITIVE_INFINITY;
  for (let tries = 0; tries < XSS_PAYLOADS.length && parts.length < PER_FIELD; tries++) {
    const index = nextPayload % XSS_PAYLOADS.length;
    const length = withMarker(XSS_PAYLOADS[index] as (typeof XSS_PAYLOADS)[number], markerOf(index, 999)).length;
    const used = parts.reduce((sum, part) => sum + part.length + 1, 0);
    nextPayload++;
    if (used + length > max) continue;
    parts.push(place(index));
  }
  if (parts.length === 0) throw new Error(`no payload fits ${collection}.${path} (at most ${max} characters)`);
  return parts.join(" ");
}

// ---------------------------------------------------------------------------------------------
// The records, one or more of each kind, with ids xss-…

const MEASURE = "xss-measure";
const VOTE = "xss-vote";
const PERSON = "xss-person";
const BODY = "xss-body";
const EXPLAINER_EN = "xss-explainer-en";
const EXPLAINER_ES = "xss-explainer-es";

function citation(record: string) {
  return { sourceId: "xss-source", locator: t("explainers", record, "blocks[].citations[].locator") };
}

function explainer(id: string, locale: "en" | "es") {
  const x = (field: string) => t("explainers", id, field);
  return {
    id,
    measureId: MEASURE,
    locale,
    ...(locale === "es" ? { translationOf: EXPLAINER_EN } : {}),
    status: "draft",
    headline: x("headline"),
    blocks: [
      ...(
        ["summary", "what-it-does", "what-it-does-not-do", "who-it-affects", "what-happens-next", "background"] as const
      ).map((kind) => ({ id: `${kind}-1`, kind, text: x(`blocks[${kind}].text`), citations: [citation(id)] })),
      {
        id: "perspectives-1",
        kind: "perspectives",
        text: x("blocks[perspectives].text"),
        statementIds: ["xss-statement-person", "xss-statement-body"],
        citations: [citation(id)],
      },
      {
        id: "questions-1",
        kind: "questions",
        items: [1, 2].map(() => ({
          question: x("blocks[questions].items[].question"),
          answer: x("blocks[questions].items[].answer"),
        })),
        citations: [citation(id)],
      },
      {
        id: "glossary-1",
        kind: "glossary",
        entries: [1, 2].map(() => ({
          term: x("blocks[glossary].entries[].term"),
          definition: x("blocks[glossary].entries[].definition"),
        })),
        citations: [citation(id)],
      },
    ],
    revisions: [],
    corrections: [{ id: `${id}-correction-1`, date: "2026-11-26T09:00:00Z", text: x("corrections[].text") }],
  };
}

/** A rule's value citing the Charter, with a payload as its locator. */
function cited(path: string, value: unknown) {
  return {
    value,
    citation: { sourceId: "src-la-city-charter", locator: t("bodies", BODY, `rules.${path}.citation.locator`) },
  };
}

/** A part of the body's public-comment rules citing the Charter, with a payload as its locator. */
function commentPart(part: string, value: unknown) {
  return {
    value,
    citation: {
      sourceId: "src-la-city-charter",
      locator: t("bodies", BODY, `publicComment.${part}.citation.locator`),
    },
  };
}

/** In the order they must be saved (later ones point at earlier ones). */
const RECORDS: { collection: Collection; record: Record<string, unknown> }[] = [
  {
    collection: "jurisdictions",
    record: {
      id: "xss-jurisdiction",
      name: t("jurisdictions", "xss-jurisdiction", "name"),
      slug: "xss-town",
      classification: "government",
      divisionId: "ocd-division/country:us/state:ca/place:xss_town",
      url: t("jurisdictions", "xss-jurisdiction", "url"),
    },
  },
  {
    collection: "sources",
    record: {
      id: "xss-source",
      kind: "news-report",
      title: t("sources", "xss-source", "title"),
      publisher: t("sources", "xss-source", "publisher"),
      date: "2024-11-19",
      url: t("sources", "xss-source", "url"),
    },
  },
  {
    collection: "bodies",
    record: {
      id: BODY,
      jurisdictionId: "xss-jurisdiction",
      name: t("bodies", BODY, "name"),
      classification: "legislature",
      phrase: { en: t("bodies", BODY, "phrase.en"), es: t("bodies", BODY, "phrase.es") },
      rules: {
        seats: cited("seats", 5),
        quorum: cited("quorum", { fraction: "majority", of: "seats" }),
        passage: { ordinance: cited("passage{}", { fraction: "majority", of: "seats" }) },
        otherActions: cited("otherActions", { fraction: "majority", of: "seats" }),
        motions: { urgency: cited("motions{}", { fraction: "three-quarters", of: "seats" }) },
        readings: cited("readings", { appliesTo: ["ordinance"], count: 2, unanimousFirstSuffices: true }),
        effect: cited("effect", { from: "publication", days: 31 }),
        urgentEffect: cited("urgentEffect", { from: "publication", days: 0 }),
        executive: {
          title: {
            en: t("bodies", BODY, "rules.executive.title.en"),
            es: t("bodies", BODY, "rules.executive.title.es"),
          },
          appliesTo: ["ordinance"],
          daysToAct: cited("executive.daysToAct", 10),
          ifNoAction: cited("executive.ifNoAction", "becomes-law"),
          override: cited("executive.override", { fraction: "two-thirds", of: "seats" }),
        },
      },
      publicComment: {
        inPerson: commentPart("inPerson", { allowed: true, minutesPerSpeaker: 2 }),
        remote: commentPart("remote", { allowed: true, link: t("bodies", BODY, "publicComment.remote.value.link") }),
        written: commentPart("written", {
          allowed: true,
          email: "clerk@example.org",
          link: t("bodies", BODY, "publicComment.written.value.link"),
          hoursBefore: 24,
        }),
        signUp: commentPart("signUp", {
          how: {
            en: t("bodies", BODY, "publicComment.signUp.value.how.en"),
            es: t("bodies", BODY, "publicComment.signUp.value.how.es"),
          },
        }),
        where: commentPart("where", {
          address: t("bodies", BODY, "publicComment.where.value.address"),
          room: t("bodies", BODY, "publicComment.where.value.room"),
          link: t("bodies", BODY, "publicComment.where.value.link"),
        }),
      },
      sourceIds: ["xss-source"],
    },
  },
  {
    collection: "posts",
    record: {
      id: "xss-post",
      bodyId: BODY,
      label: t("posts", "xss-post", "label"),
      role: t("posts", "xss-post", "role"),
    },
  },
  {
    collection: "people",
    record: {
      id: PERSON,
      name: t("people", PERSON, "name"),
      givenName: t("people", PERSON, "givenName"),
      familyName: t("people", PERSON, "familyName"),
      image: t("people", PERSON, "image"),
      sourceIds: ["xss-source"],
    },
  },
  {
    collection: "memberships",
    record: {
      id: "xss-membership",
      personId: PERSON,
      bodyId: BODY,
      postId: "xss-post",
      role: t("memberships", "xss-membership", "role"),
      startDate: "2024",
      endDate: null,
      current: true,
      inferred: inferred("memberships", "xss-membership", "startDate"),
      sourceIds: ["xss-source"],
    },
  },
  {
    collection: "measures",
    record: {
      id: MEASURE,
      bodyId: BODY,
      session: t("measures", MEASURE, "session"),
      identifier: t("measures", MEASURE, "identifier"),
      title: t("measures", MEASURE, "title"),
      classification: "ordinance",
      inferred: inferred("measures", MEASURE, "sponsors.0"),
      abstract: t("measures", MEASURE, "abstract"),
      subjects: [t("measures", MEASURE, "subjects[]"), t("measures", MEASURE, "subjects[]")],
      sponsors: [
        { name: t("measures", MEASURE, "sponsors[].name"), personId: PERSON, primary: true },
        { name: t("measures", MEASURE, "sponsors[].name"), primary: false },
      ],
      textSections: [1, 2].map(() => ({
        number: t("measures", MEASURE, "textSections[].number"),
        heading: t("measures", MEASURE, "textSections[].heading"),
        text: t("measures", MEASURE, "textSections[].text"),
      })),
      relatedMeasures: [
        {
          relation: "related",
          measureId: "measure-sanctuary-ordinance",
          identifier: t("measures", MEASURE, "relatedMeasures[].identifier"),
          title: t("measures", MEASURE, "relatedMeasures[].title"),
        },
      ],
      sourceIds: ["xss-source"],
    },
  },
  {
    collection: "actions",
    record: {
      id: "xss-action",
      measureId: MEASURE,
      date: "2024-11-19",
      description: t("actions", "xss-action", "description"),
      classification: ["passage"],
      actorBodyId: BODY,
      inferred: inferred("actions", "xss-action", "date"),
      sourceIds: ["xss-source"],
    },
  },
  {
    collection: "voteEvents",
    record: {
      id: VOTE,
      bodyId: BODY,
      measureId: MEASURE,
      actionId: "xss-action",
      date: "2024-11-19",
      motionText: t("voteEvents", VOTE, "motionText"),
      motionClassification: [t("voteEvents", VOTE, "motionClassification[]")],
      result: "pass",
      counts: { yes: 3, no: 1 },
      inferred: inferred("voteEvents", VOTE, "date"),
      rollCall: [
        { voterName: t("voteEvents", VOTE, "rollCall[].voterName"), personId: PERSON, option: "yes" },
        { voterName: t("voteEvents", VOTE, "rollCall[].voterName"), option: "yes" },
        { voterName: t("voteEvents", VOTE, "rollCall[].voterName"), option: "yes" },
        { voterName: t("voteEvents", VOTE, "rollCall[].voterName"), option: "no" },
      ],
      sourceIds: ["xss-source"],
    },
  },
  {
    collection: "statements",
    record: {
      id: "xss-statement-person",
      measureId: MEASURE,
      speakerPersonId: PERSON,
      stance: "supports",
      text: t("statements", "xss-statement-person", "text"),
      date: "2024-11-19",
      medium: "spoken",
      inferred: inferred("statements", "xss-statement-person", "date"),
      sourceId: "xss-source",
    },
  },
  {
    collection: "statements",
    record: {
      id: "xss-statement-body",
      measureId: MEASURE,
      speakerBodyId: BODY,
      stance: "opposes",
      text: t("statements", "xss-statement-body", "text"),
      date: null,
      medium: null,
      sourceId: "xss-source",
    },
  },
  { collection: "explainers", record: explainer(EXPLAINER_EN, "en") },
  { collection: "explainers", record: explainer(EXPLAINER_ES, "es") },
];

/** The same record with every payload replaced by plain words: saved first, so history shows a diff. */
function plain<T>(value: T): T {
  if (typeof value === "string") {
    if (!new RegExp(MARKER_PATTERN.source).test(value)) return value;
    return (/^[a-z]+:/i.test(value.trim()) ? "https://example.org/draft" : "draft words") as T;
  }
  if (Array.isArray(value)) return value.map(plain) as T;
  if (value && typeof value === "object") {
    // Public corrections cannot change once saved: they carry their payloads from the start.
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, key === "corrections" ? inner : plain(inner)]),
    ) as T;
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Talking to the staff API

async function trpc(request: APIRequestContext, path: string, input: unknown): Promise<Record<string, unknown>> {
  const response = await request.post(`/api/trpc/${path}`, { data: input });
  expect(response.status(), `${path}: ${(await response.text()).slice(0, 2000)}`).toBe(200);
  return (await response.json()).result.data;
}

async function getRecord(request: APIRequestContext, collection: string, id: string) {
  const response = await request.get(`/api/trpc/${collection}.get?input=${encodeURIComponent(JSON.stringify({ id }))}`);
  if (response.status() === 404) return null;
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()).result.data as { version: number; status?: string };
}

/** Creates (or, on a rerun, updates) a record: first in plain words, then with its payloads. */
async function save(request: APIRequestContext, collection: string, record: Record<string, unknown>) {
  const stored = await getRecord(request, collection, String(record.id));
  const first = stored
    ? await trpc(request, `${collection}.update`, { ...plain(record), version: stored.version })
    : await trpc(request, `${collection}.create`, plain(record));
  return trpc(request, `${collection}.update`, { ...record, version: first.version });
}

async function writeEverything(browser: Browser) {
  const admin = await browser.newContext({ storageState: storageStateOf("admin") });
  const reviewer = await browser.newContext({ storageState: storageStateOf("reviewer") });
  try {
    for (const { collection, record } of RECORDS) {
      const saved = await save(admin.request, collection, record);
      if (collection === "explainers") {
        const submitted = await trpc(admin.request, "explainers.submit", { id: record.id, version: saved.version });
        await trpc(reviewer.request, "explainers.publish", { id: record.id, version: submitted.version });
      }
    }
  } finally {
    await admin.close();
    await reviewer.close();
  }
  // The public site caches pages: tell it to refresh, as the staff app does.
  const refreshed = await browser.newContext();
  const response = await revalidate(refreshed.request, `${WEB}/api/revalidate`, { all: true });
  expect(response.status()).toBe(200);
  await refreshed.close();
}

// ---------------------------------------------------------------------------------------------
// Opening pages

const PUBLIC_PAGES = [
  "/",
  "/es",
  `/explainers/${MEASURE}`,
  `/es/explainers/${MEASURE}`,
  `/measures/${MEASURE}`,
  `/es/measures/${MEASURE}`,
  `/votes/${VOTE}`,
  `/es/votes/${VOTE}`,
  `/people/${PERSON}`,
  `/es/people/${PERSON}`,
  `/bodies/${BODY}`,
  `/es/bodies/${BODY}`,
  // A person's and a body's long lists show the same records a page at a time.
  `/people/${PERSON}/votes`,
  `/es/people/${PERSON}/statements`,
  `/bodies/${BODY}/votes`,
  `/bodies/${BODY}/statements`,
  `/embed/votes/${VOTE}`,
  `/embed/votes/${VOTE}?lang=es`,
];

function searchPages(): string[] {
  const words = ["people", "measures", "explainers"].map((collection) => {
    const placement = placements.find((p) => p.record.startsWith("xss-") && FIELDS_OF_SEARCH[collection]?.(p));
    if (!placement) throw new Error(`nothing to search for in ${collection}`);
    return placement.marker;
  });
  return words.flatMap((word) => [`/search?q=${word}`, `/es/search?q=${word}`]);
}

const FIELDS_OF_SEARCH: Record<string, (p: Placement) => boolean> = {
  people: (p) => p.record === PERSON && p.field === "name",
  measures: (p) => p.record === MEASURE && p.field === "title",
  explainers: (p) => p.record === EXPLAINER_EN && p.field === "headline",
};

const STAFF_SLUGS: Record<string, Collection> = {
  jurisdictions: "jurisdictions",
  sources: "sources",
  bodies: "bodies",
  posts: "posts",
  people: "people",
  memberships: "memberships",
  measures: "measures",
  actions: "actions",
  votes: "voteEvents",
  statements: "statements",
};

function staffPages(): string[] {
  const pages = ["/", "/audit", "/explainers", "/explainers?search=xss"];
  for (const [slug, collection] of Object.entries(STAFF_SLUGS)) {
    pages.push(`/${slug}`, `/${slug}?search=xss`);
    for (const { record } of RECORDS.filter((entry) => entry.collection === collection)) {
      const id = encodeURIComponent(String(record.id));
      pages.push(`/${slug}/${id}`, `/${slug}/${id}/history`);
    }
  }
  for (const id of [EXPLAINER_EN, EXPLAINER_ES]) pages.push(`/explainers/${id}`, `/explainers/${id}/history`);
  return pages;
}

/** Names what a finding is about: the payload and field its marker was placed in. */
function explain(finding: string): string {
  const named = [...finding.matchAll(MARKER_PATTERN)].map((match) => {
    const placement = placements.find((p) => p.marker === match[0]);
    return placement
      ? `payload “${XSS_PAYLOADS[placement.payload]?.name}” in ${placement.record} ${placement.field}`
      : `unknown marker ${match[0]}`;
  });
  return `${finding.slice(0, 300)}${named.length ? `  ← ${[...new Set(named)].join("; ")}` : ""}`;
}

async function openAll(page: Page, base: string, addresses: string[], seen: string[]) {
  const dialogs = watchDialogs(page);
  const problems: string[] = [];
  for (const address of addresses) {
    const url = `${base}${address}`;
    const response = await page.goto(url);
    expect(response?.status(), url).toBeLessThan(400);
    await page.waitForLoadState("networkidle");
    // Hydration and client-side rendering (the editor's live preview) have had their turn.
    await page.waitForTimeout(300);
    problems.push(...(await xssFindings(page)).map((finding) => `${address}: ${explain(finding)}`));
    problems.push(...dialogs.splice(0).map((dialog) => `${address}: ${explain(dialog)}`));
    seen.push(await visibleText(page));
  }
  return problems;
}

const normalize = (text: string) => text.replace(/\s+/g, " ").trim();

// ---------------------------------------------------------------------------------------------

test("the corpus has 50+ distinct payloads, and every free-text field in core's schemas gets some", () => {
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
  expect(new Set(XSS_PAYLOADS.map((payload) => payload.template)).size).toBe(XSS_PAYLOADS.length);
  expect(new Set(XSS_PAYLOADS.map((payload) => payload.name)).size).toBe(XSS_PAYLOADS.length);
  for (const [collection, fields] of Object.entries(FIELDS)) {
    const missing = [...fields.keys()].filter((path) => !filled.get(collection as Collection)?.has(path));
    expect(missing, `${collection}: free-text fields with no payload (add them to xss.spec.ts)`).toEqual([]);
  }
  const unused = XSS_PAYLOADS.filter((_payload, index) => !placements.some((p) => p.payload === index));
  expect(unused.map((payload) => payload.name)).toEqual([]);
  // A field that is free text in the schema but not walked here would show up above as missing.
  expect([...FIELDS.people.keys()].sort()).toEqual(["familyName", "givenName", "image", "name"]);
});

test("the detector catches every payload when it is rendered unsafely", async ({ browser }) => {
  const context = await browser.newContext();
  await installXssDetector(context);
  const page = await context.newPage();
  const dialogs = watchDialogs(page);
  const missed: string[] = [];
  for (const [index, payload] of XSS_PAYLOADS.entries()) {
    const marker = markerOf(index, 0);
    const text = withMarker(payload, marker);
    // A naive renderer in the payload's own context: the mistake each payload is made for.
    const unsafe = {
      html: `<div>${text}</div>`,
      attribute: `<input aria-label="a" value="${text}"><input aria-label="b" value='${text}'>`,
      script: `<script type="application/ld+json">{"name":"${text}"}</script><script>var data = "${text}";</script>`,
      url: `<a href="${text}">link</a>`,
      markdown: text
        .replace(/!\[([^\]]*)\]\(([^)]*)\)/g, '<img alt="$1" src="$2">')
        .replace(/\[([^\]]*)\]\(([^)]*\)?)\)/g, '<a href="$2">$1</a>')
        .replace(/<(javascript:[^>]*)>/g, '<a href="$1">$1</a>')
        .replace(/\[r\]: (\S+)/, '<a href="$1">r</a>'),
    }[payload.context];
    await page.setContent(`<!doctype html><html><head><title>t</title></head><body>${unsafe}</body></html>`);
    await page.waitForTimeout(50);
    const caught = [...(await xssFindings(page)), ...dialogs.splice(0)].some((finding) => finding.includes(marker));
    if (!caught) missed.push(payload.name);
  }
  await context.close();
  expect(missed).toEqual([]);
});

test.describe("with payloads in every field", () => {
  // One set of records, written once, then read by each test in turn.
  test.describe.configure({ mode: "serial" });
  const seen: string[] = [];

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(180_000);
    await writeEverything(browser);
  });

  test("the public site's pages, in English and Spanish, run none of them and show them as text", async ({
    browser,
  }) => {
    test.setTimeout(300_000);
    const context = await browser.newContext();
    await installXssDetector(context);
    const page = await context.newPage();
    const problems = await openAll(page, WEB, [...PUBLIC_PAGES, ...searchPages()], seen);
    await context.close();
    expect(problems).toEqual([]);
    // The pages really show the records: the headline, a name and a motion, as text.
    const text = normalize(seen.join("\n"));
    for (const field of ["headline", "name", "motionText"]) {
      const placement = placements.find((p) => p.field === field);
      expect(text, field).toContain(normalize(placement?.text ?? "?"));
    }
  });

  test("the oEmbed answer is JSON, and its HTML runs nothing", async ({ browser, request }) => {
    const response = await request.get(`${WEB}/api/oembed?url=${encodeURIComponent(`${WEB}/votes/${VOTE}`)}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^application\/json/);
    const body = await response.json();
    const context = await browser.newContext();
    await installXssDetector(context);
    const page = await context.newPage();
    const dialogs = watchDialogs(page);
    await page.setContent(`<!doctype html><title>${body.type}</title>${body.html}`);
    await page.waitForLoadState("networkidle");
    const problems = [...(await xssFindings(page)), ...dialogs].map(explain);
    await context.close();
    expect(problems).toEqual([]);
  });

  test("the feeds are XML served as feeds, and what readers render as HTML shows the payloads as text", async ({
    request,
    browser,
  }) => {
    const context = await browser.newContext();
    await installXssDetector(context);
    const page = await context.newPage();
    const dialogs = watchDialogs(page);
    for (const path of [
      "/feeds/en/site.rss",
      "/feeds/en/site.atom",
      `/feeds/es/measures/${MEASURE}.atom`,
      `/feeds/en/people/${PERSON}.rss`,
      `/feeds/es/bodies/${BODY}.atom`,
      `/feeds/en/search/results.rss?q=${encodeURIComponent(placements.find((p) => FIELDS_OF_SEARCH.measures?.(p))?.marker ?? "")}`,
    ]) {
      const response = await request.get(`${WEB}${path}`);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"], path).toMatch(/^application\/(rss|atom)\+xml/);
      // Atom's title and summary are type="html"; RSS readers treat title and description as HTML.
      const fields = await page.evaluate(
        (source) => {
          const xml = new DOMParser().parseFromString(source, "application/xml");
          if (xml.getElementsByTagName("parsererror").length > 0) return null;
          const html = xml.querySelectorAll(
            "item > title, item > description, entry > title, entry > summary, entry > content",
          );
          return Array.from(html, (element) => element.textContent ?? "");
        },
        await response.text(),
      );
      expect(fields, `${path} is well-formed XML`).not.toBeNull();
      await page.setContent(
        `<!doctype html><title>feed</title>${(fields ?? []).map((field) => `<div>${field}</div>`).join("")}`,
      );
      await page.waitForTimeout(200);
      const problems = [...(await xssFindings(page)), ...dialogs.splice(0)].map(explain);
      expect(problems, path).toEqual([]);
      expect(await visibleText(page), path).toMatch(MARKER_PATTERN);
    }
    await context.close();
  });

  test("JSON Feeds carry the payloads as plain text (content_text, never content_html), exactly as typed", async ({
    request,
  }) => {
    const motion = placements.find((p) => p.record === VOTE && p.field === "motionText");
    for (const path of ["/feeds/en/site.json", `/feeds/en/bodies/${BODY}.json`]) {
      const response = await request.get(`${WEB}${path}`);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"], path).toMatch(/^application\/feed\+json/);
      const feed = (await response.json()) as { version: string; items: Array<Record<string, unknown>> };
      expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
      for (const item of feed.items) expect(item, path).not.toHaveProperty("content_html");
      // The body's feed has its vote, whose motion carries payloads: as typed, not escaped.
      if (path.includes("/bodies/")) {
        const titles = feed.items.map((item) => String(item.title));
        expect(
          titles.some((title) => title.includes(motion?.text ?? "?")),
          path,
        ).toBe(true);
      }
    }
  });

  test("the staff app's pages (lists, forms, history, audit log, dashboard, explainer editor) run none of them", async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(400_000);
    const context = await browser.newContext({ storageState: storageStateOf("admin") });
    await installXssDetector(context);
    const page = await context.newPage();
    const problems = await openAll(page, baseURL ?? "", staffPages(), seen);
    // The editor's live preview renders the blocks on the client.
    await page.goto(`${baseURL}/explainers/${EXPLAINER_EN}`);
    const preview = page.getByRole("region", { name: "Live preview" });
    await expect(preview).toContainText(normalize(placements.find((p) => p.record === EXPLAINER_EN)?.text ?? "?"));
    problems.push(...(await xssFindings(page)).map(explain));
    await context.close();
    expect(problems).toEqual([]);
  });

  test("every payload, and every field, was shown as text on some page", () => {
    const text = normalize(seen.join("\n"));
    const notShown = XSS_PAYLOADS.flatMap((payload, index) =>
      placements.some((p) => p.payload === index && text.includes(normalize(p.text))) ? [] : [payload.name],
    );
    expect(notShown).toEqual([]);
    const fieldsNotShown = [
      ...new Set(placements.filter((p) => !text.includes(p.marker)).map((p) => `${p.record} ${p.field}`)),
    ];
    expect(fieldsNotShown).toEqual([]);
  });
});
