import { type Explainer, markedTerms } from "@legible/core";
import { describe, expect, it } from "vitest";
import { buildExplainerView } from "./explainer-view";
import { explainerIn, MEASURE, seedPage } from "./seed-explainer-page.test-support";

const en = buildExplainerView(seedPage("en"), "en");
const es = buildExplainerView(seedPage("es"), "es");

describe("the explainer view of the seed story", () => {
  it("says where the measure stands and what comes next, in the page's language", () => {
    expect(en.stage.label).toBe("Awaits the Mayor's signature");
    expect(es.stage.label).toBe("Espera la firma de la Alcaldía");
    expect(en.stage.since).toBe("November 19, 2024");
    // The Mayor's days, what doing nothing means and the override share are not on record.
    expect(en.stage.nextSteps).toEqual([
      { text: "Awaits the Mayor's signature.", citations: [] },
      { text: "The Mayor can sign it or veto it.", citations: [] },
      { text: "The rules on record do not say what happens if the Mayor does neither.", citations: [] },
    ]);
    expect(es.stage.nextSteps[0]).toEqual({ text: "Espera la firma de la Alcaldía.", citations: [] });
    expect(en.stage.workedOut).toBeNull();
    expect(en.stage.steps).toEqual([
      { key: "introduced", state: "done" },
      { key: "passed", state: "done" },
      { key: "signed", state: "current" },
      { key: "law", state: "upcoming" },
    ]);
    expect(en.stage.executiveTitle).toBe("the Mayor");
    expect(es.stage.bodyPhrase).toBe("el Concejo");
  });

  it("works the stage out from the rules and today, and cites the rules in the next steps", () => {
    const page = seedPage("en");
    const charter = { sourceId: "src-la-city-charter" };
    const council = page.bodies.find((body) => body.id === "body-la-city-council");
    if (!council?.rules?.executive) throw new Error("no council rules");
    // Rules as a council might hold them: 10 days to act, law without a signature, two-thirds to override.
    const rules = {
      ...council.rules,
      executive: {
        ...council.rules.executive,
        daysToAct: { value: 10, citation: { ...charter, locator: "Sec. 250(a)" } },
        ifNoAction: { value: "becomes-law" as const, citation: { ...charter, locator: "Sec. 250(b)" } },
        override: {
          value: { fraction: "two-thirds" as const, of: "seats" as const },
          citation: { ...charter, locator: "Sec. 250(c)" },
        },
      },
    };
    const received = {
      id: "action-received",
      measureId: MEASURE,
      date: "2024-11-22",
      description: "Delivered to the Mayor",
      classification: ["executive-receipt" as const],
      sourceIds: [],
    };
    const withRules = {
      ...page,
      bodies: page.bodies.map((body) => (body.id === council.id ? { ...body, rules } : body)),
      actions: [...page.actions, received],
    };
    const number = buildExplainerView(withRules, "en").sources.find((s) => s.id === charter.sourceId)?.number;

    // Before the deadline: it awaits the Mayor, and each step cites its rule.
    const waiting = buildExplainerView(withRules, "en", { asOf: "2024-11-25" }).stage;
    expect(waiting.stage).toBe("awaiting-executive");
    expect(waiting.workedOut).toBeNull();
    expect(waiting.nextSteps).toContainEqual({
      text: "It arrived on November 22, 2024, so the last day is December 2, 2024.",
      citations: [{ number, locator: "Sec. 250(a)" }],
    });
    expect(waiting.nextSteps).toContainEqual({
      text: "If the Mayor vetoes it, the Council can still pass it with 10 of 15 votes.",
      citations: [{ number, locator: "Sec. 250(c); Sec. 241" }],
    });

    // After it: law without a signature, worked out, with the rules it rests on.
    const later = buildExplainerView(withRules, "es", { asOf: "2024-12-10" }).stage;
    expect(later.stage).toBe("enacted");
    expect(later.workedOut).toEqual({
      reason:
        "No consta firma ni veto de la Alcaldía hasta el 2 de diciembre de 2024. Según las reglas, se hizo ley sin firma.",
      citations: [{ number, locator: "Sec. 250(a); Sec. 250(b)" }],
    });
    expect(later.nextSteps[0]).toEqual({ text: later.workedOut?.reason, citations: later.workedOut?.citations });
  });

  it("decides the vote by the rule for passage: 13 won, 8 of 15 needed, 2 not voting", () => {
    expect(en.votes).toHaveLength(1);
    const [vote] = en.votes;
    expect(vote?.counts).toEqual([
      { option: "yes", count: 13, inferred: null },
      { option: "no", count: 0, inferred: null },
      // 15 seats less 13 votes: worked out, not reported.
      {
        option: "not voting",
        count: 2,
        inferred: { reasoning: expect.stringMatching(/^Worked out: the Council has 15 seats/) },
      },
    ]);
    const decision = vote?.decision;
    expect(decision).toMatchObject({
      motion: "passage",
      passesMeasure: true,
      passed: true,
      unknownReason: null,
      recordedResult: "pass",
      recordAgrees: true,
    });
    expect(decision?.seats?.value).toBe(15);
    expect(decision?.applied).toMatchObject({ rule: "passage", threshold: { fraction: "majority", of: "seats" } });
    // The override share is not on record, so nothing says whether it would survive a veto.
    expect(decision?.outcome).toMatchObject({
      votesWon: 13,
      votesNeeded: 8,
      margin: 5,
      passed: true,
      quorumNeeded: 10,
      quorumMet: true,
      overrideNeeded: null,
      vetoProof: null,
    });
    expect(decision?.veto).toEqual({ executive: "the Mayor", override: null });
    expect(vote?.rollCall).toBeNull();
    expect(es.votes[0]?.decision.veto?.executive).toBe("la Alcaldía");
    expect(es.votes[0]?.date).toBe("19 de noviembre de 2024");
  });

  it("cites each rule of the vote at its place in the Charter", () => {
    const charter = en.sources.find((source) => source.id === "src-la-city-charter");
    expect(charter?.title).toBe("Charter of the City of Los Angeles");
    expect(en.votes[0]?.decision.applied?.citation).toEqual([{ number: charter?.number, locator: "Sec. 244" }]);
    expect(en.votes[0]?.decision.seats?.citation).toEqual([{ number: charter?.number, locator: "Sec. 241" }]);
    expect(en.votes[0]?.decision.quorum?.citation).toEqual([{ number: charter?.number, locator: "Sec. 244" }]);
  });

  it("numbers sources in reading order, and every citation points at a listed source", () => {
    expect(en.sources.map((source) => [source.number, source.id])).toEqual([
      [1, "src-seed-news-report"],
      [2, "src-la-city-charter"],
    ]);
    // The summary cites the report, the Charter and the vote (whose sources are the same two).
    expect(en.summary?.citations).toEqual([{ number: 1 }, { number: 2 }]);
    const numbers = new Set(en.sources.map((source) => source.number));
    const cited = [
      en.summary,
      en.whatItDoes,
      en.whatItDoesNotDo,
      en.whoItAffects,
      en.whatHappensNext,
      en.background,
      en.perspectives,
      en.questions,
      en.glossary,
      ...en.votes,
      ...en.timeline,
    ].flatMap((section) => section?.citations ?? []);
    expect(cited.length).toBeGreaterThan(10);
    for (const ref of cited) expect(numbers).toContain(ref.number);
  });

  it("shows unknowns as unknown: no publisher, no date, no URL for the report", () => {
    const report = en.sources[0];
    expect(report).toMatchObject({ publisher: null, date: null, url: null, kind: "news-report" });
    expect(en.measure.identifier).toBeNull();
  });

  it("links each marked glossary term to its entry, showing the words the text chose", () => {
    const terms = en.summary?.paragraphs.flat().filter((part) => part.termId);
    expect(terms).toEqual([
      { text: "ordinance", termId: "term-ordinance" },
      { text: "sanctuary city", termId: "term-sanctuary-city" },
    ]);
    const background = en.background?.paragraphs.flat() ?? [];
    expect(background).toContainEqual({ text: "deportations", termId: "term-deportation" });
    expect(en.glossary?.entries.map((entry) => entry.id)).toContain("term-deportation");
    expect(es.glossary?.entries.find((entry) => entry.term === "deportación")?.id).toBe("term-deportacion");
    // The words around terms survive whole.
    expect(
      en.summary?.paragraphs
        .flat()
        .map((part) => part.text)
        .join(""),
    ).toBe(
      "On November 19, 2024, the Los Angeles City Council voted 13 to 0 for an ordinance that will make Los Angeles a sanctuary city by law. The council has 15 seats. Mayor Karen Bass will likely sign it.",
    );
  });

  it("finds the same glossary terms core's lint does, in every text block", () => {
    const revision = explainerIn("es").revisions.at(-1);
    const texts = (revision?.blocks ?? []).flatMap((block) => ("text" in block && block.text ? [block.text] : []));
    const shown = [es.summary, es.whatItDoes, es.whatItDoesNotDo, es.whoItAffects, es.whatHappensNext, es.background];
    const linked = shown.flatMap((block) => block?.paragraphs.flat().filter((part) => part.termId) ?? []);
    const marked = texts.filter((text) => !text.startsWith("La alcaldesa Bass apoya")).flatMap(markedTerms);
    expect(linked).toHaveLength(marked.length);
  });

  it("groups the quotes by stance, each attributed to its speaker and source", () => {
    expect(en.perspectives?.groups.map((group) => [group.stance, group.statements.length])).toEqual([
      ["supports", 2],
      ["opposes", 3],
    ]);
    const supports = en.perspectives?.groups[0]?.statements ?? [];
    expect(supports.map((s) => [s.speakerName, s.speakerRole])).toEqual([
      ["Karen Bass", "Mayor"],
      ["Hugo Soto-Martinez", "Councilmember"],
    ]);
    expect(supports[0]?.text).toBe(
      "This moment demands urgency. Immigrant protections make our communities stronger and our city better",
    );
    const opposes = en.perspectives?.groups[1]?.statements ?? [];
    expect(new Set(opposes.map((s) => s.speakerName))).toEqual(new Set(["Republican Party of Los Angeles County"]));
    expect(opposes[0]?.medium).toBe("social-post");
    for (const statement of [...supports, ...opposes]) expect(statement.citations).toEqual([{ number: 1 }]);
  });

  it("lays out the timeline at each date's own precision, with the vote joined to the passage", () => {
    expect(en.timeline.map((item) => item.date)).toEqual([
      "2023",
      "2024",
      "week of November 11, 2024",
      "November 19, 2024",
    ]);
    expect(es.timeline[2]?.date).toBe("semana del 11 de noviembre de 2024");
    const passage = en.timeline.at(-1);
    expect(passage).toMatchObject({ id: "action-council-passage", voteId: "vote-council-2024-11-19" });
    expect(en.timeline.filter((item) => item.kind === "vote")).toEqual([]);
  });

  it("says who is who and how each takes part", () => {
    expect(en.people.map((person) => [person.name, person.involvement])).toEqual([
      ["Hugo Soto-Martinez", ["introduced", "spoke-supports"]],
      ["Karen Bass", ["signs", "spoke-supports"]],
      ["Jim McDonnell", ["acted"]],
    ]);
    expect(en.people[1]?.offices[0]).toEqual({ role: "Mayor", organization: "Office of the Mayor of Los Angeles" });
    expect(en.bodies.map((body) => [body.name, body.seats, body.involvement])).toEqual([
      ["Los Angeles City Council", 15, ["votes"]],
      ["Republican Party of Los Angeles County", null, ["spoke-opposes"]],
    ]);
  });

  it("lists the related measures with what the records say of them", () => {
    expect(en.relatedMeasures.map((m) => [m.relation, m.title])).toEqual([
      ["related", "Executive directive offering protections to immigrants"],
      ["related", "LAPD policy on immigration status"],
      ["related", "Planned mass deportations under the incoming Trump administration"],
    ]);
    expect(en.relatedMeasures[0]?.abstract).toMatch(/^Offered protections to immigrants/);
  });

  it("dates the page by its latest revision, as a calendar day in Los Angeles", () => {
    expect(en.lastUpdated).toEqual({ date: "November 20, 2024", publishedAt: "2024-11-20T18:00:00Z", revision: 1 });
    expect(es.lastUpdated.date).toBe("20 de noviembre de 2024");
    expect(es.alternateLocale).toBe("en");
    expect(en.description).toMatch(
      /^On November 19, 2024, the Los Angeles City Council voted 13 to 0 for an ordinance/,
    );
  });

  it("tells readers when records changed after the last review, dated by that review's day in Los Angeles", () => {
    expect(en.recordsChanged).toBeNull();
    const changed = { ...seedPage("es"), review: { reviewedAt: "2024-12-03T04:00:00Z", recordsChanged: true } };
    expect(buildExplainerView(changed, "es").recordsChanged).toEqual({
      since: "2 de diciembre de 2024",
      reviewedAt: "2024-12-03T04:00:00Z",
    });
  });
});

describe("the explainer view shows only what was published", () => {
  const published = explainerIn("en");
  const latest = published.revisions[0];
  if (!latest) throw new Error("the seed explainer has no revision");
  const edited: Explainer = {
    ...published,
    headline: "A working draft headline",
    blocks: [{ id: "draft", kind: "summary", text: "Draft words nobody should see.", citations: [] }],
    revisions: [
      latest,
      {
        ...latest,
        number: 2,
        // 03:00 UTC on the 21st is still the 20th in Los Angeles.
        publishedAt: "2024-11-21T03:00:00Z",
        headline: "The second revision",
        blocks: latest.blocks.map((block) =>
          block.kind === "summary" ? { ...block, text: "A [[motion]] and an [[undefined term|unknown word]]." } : block,
        ),
      },
    ],
    corrections: [{ id: "fix-1", date: "2024-11-21T03:00:00Z", text: "We fixed the vote date.", revision: 2 }],
  };
  const view = buildExplainerView(seedPage("en", edited), "en");

  it("reads the latest revision, never the working draft", () => {
    expect(view.headline).toBe("The second revision");
    expect(JSON.stringify(view)).not.toContain("Draft words nobody should see");
    expect(view.lastUpdated).toMatchObject({ date: "November 20, 2024", revision: 2 });
  });

  it("leaves a term the glossary does not define as plain words", () => {
    expect(view.summary?.paragraphs).toEqual([
      [
        { text: "A " },
        { text: "motion", termId: "term-motion" },
        { text: " and an " },
        { text: "unknown word" },
        { text: "." },
      ],
    ]);
  });

  it("logs corrections with their day and revision", () => {
    expect(view.corrections).toEqual([
      { id: "fix-1", date: "November 20, 2024", text: "We fixed the vote date.", revision: 2 },
    ]);
  });

  it("shows a roll call when one is on record", () => {
    const page = seedPage("en");
    const [vote] = page.voteEvents;
    if (!vote) throw new Error("no vote");
    const withRollCall = {
      ...page,
      voteEvents: [
        {
          ...vote,
          counts: { yes: 1, no: 1 },
          rollCall: [
            { voterName: "A. Member", option: "yes" as const },
            { voterName: "B. Member", option: "no" as const },
          ],
        },
      ],
    };
    const card = buildExplainerView(withRollCall, "en").votes[0];
    expect(card?.rollCall).toEqual([
      { voterName: "A. Member", option: "yes" },
      { voterName: "B. Member", option: "no" },
    ]);
    expect(card?.decision.outcome.passed).toBe(false);
    // 13 members are not in the counts: they may have been in the room, so quorum is unknown.
    expect(card?.decision.outcome.quorumMet).toBeNull();
  });
});
