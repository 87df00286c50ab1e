// Adds, straight in the e2e database, a made-up measure with its own body, source and vote, and
// its explainers in English and Spanish, published long ago: records no other spec reads, so the
// explainer-stale spec can change the vote and watch both explainers notice. Runs once per
// database: a second run finds the records and stops. Usage: stale-explainer.ts
import type { Block } from "@legible/core";
import { createDatabase, createRepositories, resolveDatabaseConfig } from "@legible/db";

const STALE_FIXTURE = {
  measureId: "measure-e2e-library-hours",
  voteId: "vote-e2e-library-hours",
  en: "explainer-e2e-library-hours-en",
  es: "explainer-e2e-library-hours-es",
} as const;

const SOURCE = "src-e2e-library-report";
const BODY = "body-e2e-library-board";
const PUBLISHED_AT = "2001-05-02T18:00:00Z";
const vote = { type: "vote-event" as const, id: STALE_FIXTURE.voteId };

function blocks(summary: string, whatItDoes: string): Block[] {
  return [
    { id: "summary-1", kind: "summary", text: summary, citations: [{ sourceId: SOURCE }, { record: vote }] },
    { id: "what-it-does-1", kind: "what-it-does", text: whatItDoes, citations: [{ sourceId: SOURCE }] },
  ];
}

const database = await createDatabase(resolveDatabaseConfig());
try {
  const repositories = createRepositories(database);
  const actor = { name: "e2e" };
  if (!(await repositories.explainers.get(STALE_FIXTURE.es))) {
    await repositories.batch(async (stores) => {
      await stores.sources.create(
        {
          id: SOURCE,
          kind: "official-record",
          title: "Library Board minutes, May 2001",
          publisher: null,
          date: "2001-05",
        },
        actor,
      );
      await stores.bodies.create(
        { id: BODY, name: "Library Board", classification: "committee", sourceIds: [SOURCE] },
        actor,
      );
      await stores.measures.create(
        {
          id: STALE_FIXTURE.measureId,
          bodyId: BODY,
          identifier: null,
          title: "Library opening hours ordinance",
          classification: "ordinance",
          subjects: ["libraries"],
          sponsors: [],
          textSections: [],
          relatedMeasures: [],
          sourceIds: [SOURCE],
        },
        actor,
      );
      await stores.voteEvents.create(
        {
          id: STALE_FIXTURE.voteId,
          bodyId: BODY,
          measureId: STALE_FIXTURE.measureId,
          date: "2001-05-01",
          motionText: "Keep branch libraries open on Sundays",
          result: "pass",
          counts: { yes: 5, no: 2 },
          rollCall: null,
          sourceIds: [SOURCE],
        },
        actor,
      );
      const en = blocks(
        "The Library Board voted 5 to 2 to keep branch libraries open on Sundays.",
        "Branch libraries stay open on Sundays.",
      );
      await stores.explainers.create(
        {
          id: STALE_FIXTURE.en,
          measureId: STALE_FIXTURE.measureId,
          locale: "en",
          status: "published",
          headline: "Branch libraries stay open on Sundays",
          blocks: en,
          revisions: [
            { number: 1, publishedAt: PUBLISHED_AT, headline: "Branch libraries stay open on Sundays", blocks: en },
          ],
          corrections: [],
        },
        actor,
      );
      const es = blocks(
        "La Junta de Bibliotecas votó 5 a 2 para abrir las bibliotecas de barrio los domingos.",
        "Las bibliotecas de barrio abren los domingos.",
      );
      await stores.explainers.create(
        {
          id: STALE_FIXTURE.es,
          measureId: STALE_FIXTURE.measureId,
          locale: "es",
          translationOf: STALE_FIXTURE.en,
          status: "published",
          headline: "Las bibliotecas de barrio abren los domingos",
          blocks: es,
          revisions: [
            {
              number: 1,
              publishedAt: PUBLISHED_AT,
              headline: "Las bibliotecas de barrio abren los domingos",
              blocks: es,
            },
          ],
          corrections: [],
        },
        actor,
      );
    });
  }
} finally {
  await database.close();
}
