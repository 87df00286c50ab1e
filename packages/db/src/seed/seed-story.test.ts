import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  blockText,
  checkDatasetReferences,
  checkVoteConsistency,
  type Dataset,
  DatasetSchema,
  datePrecision,
  dateRange,
  decideVote,
  type Explainer,
  lintExplainer,
  measureStage,
  nextSteps,
  readability,
  ruleCitations,
} from "@legible/core";
import { describe, expect, it } from "vitest";

const root = (path: string) => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));
const articlePath = root("prisma/seed/article.txt");
const sharedArticlePath = root("../shared/seed-story/article.txt");
const article = readFileSync(articlePath, "utf8");
const raw: unknown = JSON.parse(readFileSync(root("prisma/seed/seed-story.json"), "utf8"));

function load(): Dataset {
  const parsed = DatasetSchema.safeParse(raw);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues, null, 2));
  return parsed.data;
}
const data = load();

const NEWS = "src-seed-news-report";
const CHARTER = "src-la-city-charter";

function byId<T extends { id: string }>(list: readonly T[], id: string): T {
  const found = list.find((record) => record.id === id);
  if (!found) throw new Error(`no record ${id}`);
  return found;
}

const council = byId(data.bodies, "body-la-city-council");
const ordinance = byId(data.measures, "measure-sanctuary-ordinance");
const vote = byId(data.voteEvents, "vote-council-2024-11-19");
const en = byId(data.explainers, "explainer-sanctuary-ordinance-en");
const es = byId(data.explainers, "explainer-sanctuary-ordinance-es");
const ordinanceActions = data.actions.filter((a) => a.measureId === ordinance.id);

describe("the seed story dataset", () => {
  it("parses with DatasetSchema, and parsing drops no field (no misspelt keys)", () => {
    expect(DatasetSchema.safeParse(raw).success).toBe(true);
    // Core's object schemas strip unknown keys; equality proves nothing was stripped.
    expect(data).toEqual(raw);
    expect(data.format).toBe("legible-dataset");
  });

  it("holds the expected number of records of each type", () => {
    const counts = Object.fromEntries(
      (
        [
          "jurisdictions",
          "sources",
          "bodies",
          "posts",
          "people",
          "memberships",
          "measures",
          "actions",
          "voteEvents",
          "statements",
          "explainers",
        ] as const
      ).map((key) => [key, data[key].length]),
    );
    expect(counts).toEqual({
      jurisdictions: 1,
      sources: 2,
      bodies: 11,
      posts: 8,
      people: 9,
      memberships: 15,
      measures: 4,
      actions: 7,
      voteEvents: 1,
      statements: 6,
      explainers: 2,
    });
  });

  it("has no broken reference and no duplicate id", () => {
    expect(checkDatasetReferences(data)).toEqual([]);
  });

  it("finds a broken reference and a duplicate id when there is one", () => {
    const broken: Dataset = structuredClone(data);
    const action = broken.actions[0];
    if (!action) throw new Error("no action");
    action.measureId = "measure-that-does-not-exist";
    const person = broken.people[0];
    if (!person) throw new Error("no person");
    broken.people.push({ ...person });
    const perspectives = broken.explainers[0]?.blocks.find((b) => b.kind === "perspectives");
    if (perspectives?.kind !== "perspectives") throw new Error("no perspectives block");
    perspectives.statementIds.push("statement-nobody-made");
    expect(checkDatasetReferences(broken)).toEqual([
      {
        path: `people.${broken.people.length - 1}.id`,
        message: `The person id "${person.id}" is used more than once.`,
      },
      { path: "actions.0.measureId", message: 'No measure has the id "measure-that-does-not-exist".' },
      {
        path: `explainers.0.blocks.6.statementIds.${perspectives.statementIds.length - 1}`,
        message: 'No statement has the id "statement-nobody-made".',
      },
    ]);
  });

  it("keeps the Los Angeles jurisdiction's ids exactly", () => {
    expect(data.jurisdictions).toEqual([
      expect.objectContaining({
        id: "ocd-jurisdiction/country:us/state:ca/place:los_angeles/government",
        slug: "los-angeles",
        divisionId: "ocd-division/country:us/state:ca/place:los_angeles",
        name: "City of Los Angeles",
      }),
    ]);
  });

  it("has two sources: the news report (unknowns left unknown) and the Charter", () => {
    const news = byId(data.sources, NEWS);
    expect(news).toMatchObject({ kind: "news-report", publisher: null, date: null });
    expect(news.url).toBeUndefined();
    expect(news.title).toContain("Seed story");
    expect(byId(data.sources, CHARTER)).toMatchObject({
      kind: "official-record",
      publisher: "City of Los Angeles",
      date: null,
    });
    expect(byId(data.sources, CHARTER).url).toBeUndefined();
  });

  it("cites at least one source for every record of every type", () => {
    for (const list of [data.bodies, data.people, data.memberships, data.measures, data.actions, data.voteEvents]) {
      for (const record of list) expect(record.sourceIds, record.id).not.toEqual([]);
    }
    for (const statement of data.statements) expect(statement.sourceId).toBe(NEWS);
    for (const explainer of data.explainers) {
      for (const block of [...explainer.blocks, ...explainer.revisions.flatMap((r) => r.blocks)]) {
        expect(block.citations, block.id).not.toEqual([]);
        expect(block.citations.map((c) => c.sourceId)).toContain(NEWS);
      }
    }
    // Core gives posts and jurisdictions no source field: each is cited through the records
    // that use it (a post through a cited membership, the jurisdiction through cited bodies).
    for (const post of data.posts) {
      const terms = data.memberships.filter((m) => m.postId === post.id && m.sourceIds.length > 0);
      expect(terms.length, post.id).toBeGreaterThan(0);
    }
    for (const jurisdiction of data.jurisdictions) {
      expect(data.bodies.some((b) => b.jurisdictionId === jurisdiction.id && b.sourceIds.length > 0)).toBe(true);
    }
  });

  it("takes the council's 15 seats and voting rules from the Charter", () => {
    const rules = council.rules;
    if (!rules) throw new Error("the council has no rules");
    expect(rules.seats).toEqual({ value: 15, citation: { sourceId: CHARTER, locator: "Sec. 241" } });
    expect(council.sourceIds).toContain(CHARTER);
    for (const { path, citation } of ruleCitations(rules)) expect(citation.sourceId, path).toBe(CHARTER);
    // Only values on record: the Mayor's days to act, what no action means and the override
    // share are not (Sec. 250 could not be checked), so they are left out.
    expect(rules.executive?.daysToAct).toBeUndefined();
    expect(rules.executive?.ifNoAction).toBeUndefined();
    expect(rules.executive?.override).toBeUndefined();
  });

  it("quotes every statement verbatim from the article, and covers every quoted passage", () => {
    for (const statement of data.statements) {
      expect(article).toContain(statement.text);
      expect(statement.text).not.toMatch(/^["“‘]|["”’]$/);
    }
    // Every passage between curly double quotes is a statement, give or take the comma or
    // full stop the report puts before its closing quote mark.
    const passages = [...article.matchAll(/“([^”]+)”/g)].map((m) => m[1] ?? "");
    expect(passages).toHaveLength(6);
    for (const passage of passages) {
      const texts = data.statements.map((s) => s.text);
      expect(texts.includes(passage) || texts.includes(passage.replace(/[,.]$/, "")), passage).toBe(true);
    }
  });

  it("attributes each quote with its stance and medium", () => {
    const summary = data.statements.map((s) => [s.id, s.speakerPersonId ?? s.speakerBodyId, s.stance, s.medium]);
    expect(summary).toEqual([
      ["statement-bass", "person-karen-bass", "supports", null],
      ["statement-soto-martinez", "person-hugo-soto-martinez", "supports", null],
      ["statement-rpla-county-borders", "body-rpla-county", "opposes", "social-post"],
      ["statement-rpla-county-crimes", "body-rpla-county", "opposes", "social-post"],
      ["statement-rpla-county-olympics", "body-rpla-county", "opposes", null],
      ["statement-homan-humane", "person-tom-homan", "supports", null],
    ]);
    expect(byId(data.statements, "statement-rpla-county-borders").text).toContain("So-called ‘sanctuary’ cities");
  });

  it("records the 13-0 vote as a tally with no roll call, and core finds it passed", () => {
    expect(vote).toMatchObject({
      date: "2024-11-19",
      result: "pass",
      counts: { yes: 13, no: 0, "not voting": 2 },
      rollCall: null,
      measureId: ordinance.id,
    });
    if (!council.rules) throw new Error("the council has no rules");
    const decision = decideVote({ vote, measure: ordinance, rules: council.rules });
    expect(decision).toMatchObject({ motion: "passage", passed: true, recordAgrees: true });
    expect(decision.applied?.rule).toBe("passage");
    // The override share is not on record (Sec. 250 could not be checked), so neither is veto-proof.
    expect(decision.outcome).toMatchObject({
      votesWon: 13,
      votesAgainst: 0,
      votesNeeded: 8,
      margin: 5,
      passed: true,
      quorumNeeded: 10,
      quorumMet: true,
      overrideNeeded: null,
      vetoProof: null,
    });
    expect(checkVoteConsistency(vote, { seats: council.rules.seats.value })).toEqual({
      consistent: true,
      problems: [],
    });
  });

  it("keeps the ordinance's unknowns unknown, and relates the 2019 directive without claiming to codify it", () => {
    expect(ordinance).toMatchObject({ identifier: null, session: null, classification: "ordinance" });
    // The report says only that the directive's protections "were never codified into law".
    expect(ordinance.relatedMeasures).toContainEqual(
      expect.objectContaining({ relation: "related", measureId: "measure-garcetti-directive-2019" }),
    );
    expect(ordinance.relatedMeasures.map((related) => related.relation)).not.toContain("codifies");
    expect(byId(data.measures, "measure-garcetti-directive-2019").classification).toBe("executive-directive");
    expect(byId(data.measures, "measure-lapd-immigration-status-policy").classification).toBe("other");
  });

  it("dates the story with the precision the report gives", () => {
    const dates = Object.fromEntries(data.actions.map((a) => [a.id, a.date]));
    expect(dates).toEqual({
      "action-directive-issued": "2019",
      "action-motion-introduced": "2023",
      "action-mcdonnell-confirmed": "2024",
      "action-draft-released": "2024-W46",
      "action-council-passage": "2024-11-19",
      "action-homan-picked": "2024-11",
      "action-national-emergency-announced": "2024-11-18",
    });
    expect(datePrecision("2024-W46")).toBe("week");
    expect(dateRange("2024-W46")).toEqual({ start: "2024-11-11", end: "2024-11-17" });
    expect(byId(data.memberships, "term-trump-president-elect").startDate).toBe("2024-11-05");
    expect(byId(data.memberships, "term-garcetti-mayor")).toMatchObject({ endDate: null, current: false });
  });

  it("marks every value worked out rather than reported as inferred, with reasoning in both languages", () => {
    const fields = (list: ReadonlyArray<{ id: string; inferred?: Array<{ field: string }> }>) =>
      Object.fromEntries(list.flatMap((r) => (r.inferred?.length ? [[r.id, r.inferred.map((i) => i.field)]] : [])));
    expect(fields(data.voteEvents)).toEqual({ "vote-council-2024-11-19": ["date", "counts.not voting"] });
    expect(fields(data.actions)).toEqual({
      "action-motion-introduced": ["date"],
      "action-mcdonnell-confirmed": ["date"],
      "action-draft-released": ["date"],
      "action-council-passage": ["date"],
      "action-homan-picked": ["date"],
      "action-national-emergency-announced": ["date"],
    });
    expect(fields(data.memberships)).toEqual({
      "term-trump-president-elect": ["startDate"],
      "term-trump-president-second": ["startDate"],
    });
    expect(fields(data.statements)).toEqual({ "statement-rpla-county-olympics": ["speakerBodyId"] });
    expect(fields(data.measures)).toEqual({ "measure-sanctuary-ordinance": ["sponsors.0"] });
    // Garcetti's directive is reported: "In 2019".
    expect(byId(data.actions, "action-directive-issued").inferred).toBeUndefined();
    // Every dated statement would need its date marked too; the report dates none.
    expect(data.statements.filter((statement) => statement.date !== null)).toEqual([]);

    const all = [data.voteEvents, data.actions, data.memberships, data.statements, data.measures].flatMap((list) =>
      list.flatMap((record) => record.inferred ?? []),
    );
    for (const { field, reasoning } of all) {
      expect(reasoning.en, field).toMatch(/\S/);
      expect(reasoning.es, field).toMatch(/\S/);
      expect(reasoning.es, field).not.toBe(reasoning.en);
    }
    expect(vote.inferred?.find((i) => i.field === "counts.not voting")?.reasoning.en).toBe(
      "Worked out: the Council has 15 seats (City Charter) and the report gives 13-0, so 2 members did not vote. The report does not say why.",
    );
    // The introduction is the motion's, not the ordinance's; the draft came from the Mayor and City Attorney.
    expect(byId(data.actions, "action-motion-introduced").description).toBe(
      "Councilmember Hugo Soto-Martinez introduced the motion.",
    );
    expect(article).toContain("who introduced the motion last year");
    expect(article).toContain(
      "Bass and city attorney Hydee Feldstein Soto worked with pro-immigration groups to prepare the draft",
    );
  });

  it("says what the process allows, not that the Mayor must sign, and what the ordinance will do", () => {
    for (const explainer of [en, es]) {
      const text = explainer.blocks.map(blockText).join(" ");
      expect(text).not.toMatch(/still has to sign|todavía tiene que firmarla|Esta ley lo hace|15 puestos/);
    }
    const text = (explainer: Explainer) => explainer.blocks.map(blockText).join(" ");
    expect(text(en)).toContain("The Mayor can sign it or veto it.");
    expect(text(en)).toContain("will make Los Angeles a [[sanctuary city]] by law");
    expect(text(es)).toContain("La alcaldesa Bass puede firmarla o vetarla.");
    expect(text(es)).toContain("hará de Los Ángeles una [[ciudad santuario]] por ley");
    expect(text(es)).toContain("Esta ordenanza las convertiría en ley.");
    expect(text(es)).toContain("15 escaños");
    // One way to name the Mayor in Spanish: the person, as "la alcaldesa Bass" or "la alcaldesa Karen Bass".
    expect(text(es).match(/\b[Ll]a alcaldesa (?!Bass|Karen Bass|de Boston)\S+/g)).toBeNull();
  });

  it("has nothing after the council's passage: the ordinance awaits the Mayor's signature", () => {
    expect(ordinanceActions.map((a) => a.classification)).toEqual([["introduction"], [], [], ["passage"]]);
    const votes = data.voteEvents.filter((v) => v.measureId === ordinance.id);
    // With its vote and any later day: the Mayor's deadline is not on record, so nothing is worked out.
    const input = { measure: ordinance, actions: ordinanceActions, body: council, votes, asOf: "2026-01-15" };
    expect(measureStage(input)).toMatchObject({
      stage: "awaiting-executive",
      since: "2024-11-19",
      actionId: "action-council-passage",
      workedOut: null,
    });
    expect(nextSteps(input)).toEqual([
      { en: "Awaits the Mayor's signature.", es: "Espera la firma de la Alcaldía.", citations: [] },
      { en: "The Mayor can sign it or veto it.", es: "La Alcaldía puede firmarla o vetarla.", citations: [] },
      {
        en: "The rules on record do not say what happens if the Mayor does neither.",
        es: "Las reglas registradas no dicen qué pasa si la Alcaldía no hace ninguna de las dos cosas.",
        citations: [],
      },
    ]);
  });

  it("publishes both explainers cleanly: no lint finding and every block at grade 8 or below", () => {
    for (const explainer of [en, es]) {
      expect(explainer.status).toBe("published");
      expect(lintExplainer(explainer, { statements: data.statements })).toEqual([]);
      for (const block of explainer.blocks) {
        const { grade } = readability(blockText(block), explainer.locale);
        expect(grade, `${explainer.locale} ${block.kind}`).toBeLessThanOrEqual(8);
      }
    }
  });

  it("has every block kind once, perspectives from both sides, 3 to 5 questions and the glossary terms", () => {
    expect(en.blocks.map((b) => b.kind)).toEqual([
      "summary",
      "what-it-does",
      "what-it-does-not-do",
      "who-it-affects",
      "what-happens-next",
      "background",
      "perspectives",
      "questions",
      "glossary",
    ]);
    const perspectives = en.blocks.find((b) => b.kind === "perspectives");
    const stances = new Set(
      (perspectives?.kind === "perspectives" ? perspectives.statementIds : []).map(
        (id) => byId(data.statements, id).stance,
      ),
    );
    expect(stances).toEqual(new Set(["supports", "opposes"]));
    const questions = en.blocks.find((b) => b.kind === "questions");
    expect(questions?.kind === "questions" ? questions.items.length : 0).toBeGreaterThanOrEqual(3);
    expect(questions?.kind === "questions" ? questions.items.length : 9).toBeLessThanOrEqual(5);
    const terms = (e: Explainer) =>
      e.blocks.flatMap((b) => (b.kind === "glossary" ? b.entries.map((x) => x.term) : []));
    expect(terms(en)).toEqual(expect.arrayContaining(["sanctuary city", "ordinance", "executive directive"]));
    expect(terms(es)).toEqual(expect.arrayContaining(["ciudad santuario", "ordenanza", "directiva ejecutiva"]));
  });

  it("cites the Charter wherever a block uses the 15 seats", () => {
    for (const explainer of [en, es]) {
      for (const block of explainer.blocks) {
        if (/\b15\b/.test(blockText(block))) {
          expect(
            block.citations.map((c) => c.sourceId),
            block.id,
          ).toContain(CHARTER);
        }
      }
    }
  });

  it("translates the English explainer into Spanish, block for block", () => {
    expect(es).toMatchObject({ locale: "es", translationOf: en.id, measureId: en.measureId });
    expect(en.translationOf).toBeUndefined();
    expect(es.blocks.map((b) => b.kind)).toEqual(en.blocks.map((b) => b.kind));
    es.blocks.forEach((block, i) => {
      const english = en.blocks[i];
      if (!english) throw new Error("missing English block");
      expect(blockText(block), block.id).not.toBe(blockText(english));
      expect(blockText(block), block.id).toMatch(/\b(el|la|los|las|de|que|es)\b/);
      if (block.kind === "perspectives" && english.kind === "perspectives") {
        expect(block.statementIds).toEqual(english.statementIds);
      }
    });
    expect(es.headline).not.toBe(en.headline);
  });

  it("keeps each explainer's published revision equal to its content, with no corrections", () => {
    for (const explainer of [en, es]) {
      expect(explainer.revisions).toHaveLength(1);
      expect(explainer.revisions[0]).toMatchObject({ number: 1, headline: explainer.headline });
      expect(explainer.revisions[0]?.blocks).toEqual(explainer.blocks);
      expect(explainer.corrections).toEqual([]);
    }
  });

  it.skipIf(!existsSync(sharedArticlePath))("keeps a byte-identical copy of the shared article", () => {
    expect(readFileSync(articlePath).equals(readFileSync(sharedArticlePath))).toBe(true);
  });
});
