import { DATASET_FORMAT, type Dataset } from "@legible/core";
import { generateCivic } from "./civic";
import { generateExplainers } from "./explainers";
import { generateMeasures } from "./measures";
import { generateMeetings } from "./meetings";
import { Random } from "./random";
import type { ScaleSize } from "./sizes";
import { SEARCH_TERMS } from "./vocabulary";

/** The records each scenario reads, named so the bench needs no look-ups. */
export interface ScenarioTargets {
  /** A measure with a published explainer (English and Spanish), a roll-call vote and statements. */
  explainerMeasureId: string;
  /** The person with the longest voting record. */
  veteranId: string;
  veteranVotes: number;
  /** The veteran's statements: her page lists the latest of them, the rest are on their own pages. */
  veteranStatements: number;
  /** The big city's council: the body with the most votes. */
  councilId: string;
  /** The council's own statements: its page lists the latest of them. */
  councilStatements: number;
  /** A measure and a roll-call vote the staff scenario saves over and over. */
  staffMeasureId: string;
  staffVoteId: string;
  searchTerms: typeof SEARCH_TERMS;
}

export interface ScaleDataset {
  dataset: Dataset;
  targets: ScenarioTargets;
}

export const DEFAULT_SEED = "legible-scale-1";

/** The dataset of one size: the same seed and size give identical records, in the same order. */
export function generateScaleDataset(size: ScaleSize, seed: string = DEFAULT_SEED): ScaleDataset {
  const random = new Random(`${seed}:${size.measures}`);
  const civic = generateCivic(random, size.measures);
  const measures = generateMeasures(random, civic, size.measures);
  const explainers = generateExplainers(measures.stories);
  const { cities, speakers: _speakers, newsSourceIds: _news, veteran, ...records } = civic;
  const bigCity = cities[0];
  const featured = measures.stories[0];
  const staffVote = measures.voteEvents.find(
    (vote) => vote.bodyId === bigCity?.councilId && vote.id !== featured?.vote?.id,
  );
  if (!bigCity || !featured?.vote || !staffVote?.measureId) throw new Error("the generator made no featured measure");
  const dataset: Dataset = {
    format: DATASET_FORMAT,
    version: 1,
    ...records,
    measures: measures.measures,
    actions: measures.actions,
    voteEvents: measures.voteEvents,
    statements: measures.statements,
    meetings: generateMeetings(records.bodies, measures.voteEvents),
    explainers,
  };
  return {
    dataset,
    targets: {
      explainerMeasureId: featured.measure.id,
      veteranId: veteran.id,
      veteranVotes: measures.voteEvents.filter((vote) => vote.rollCall?.some((entry) => entry.personId === veteran.id))
        .length,
      veteranStatements: measures.statements.filter((statement) => statement.speakerPersonId === veteran.id).length,
      councilId: bigCity.councilId,
      councilStatements: measures.statements.filter((statement) => statement.speakerBodyId === bigCity.councilId)
        .length,
      staffMeasureId: staffVote.measureId,
      staffVoteId: staffVote.id,
      searchTerms: SEARCH_TERMS,
    },
  };
}
