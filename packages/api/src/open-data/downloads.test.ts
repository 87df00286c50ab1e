import { DATASET_FORMAT, type Dataset } from "@legible/core";
import { describe, expect, it } from "vitest";
import { downloadText, findDownload } from "./downloads";

// The OCD collection files carry each record's own sources only: a bill keeps the sources it was
// given in its extras, so the city's every source in every bill grew the file past what one
// string can hold at 10,000 measures.

const source = (id: string) => ({ id, title: `Source ${id}`, url: `https://example.org/${id}`, kind: "web" as const });

const dataset = {
  format: DATASET_FORMAT,
  version: 1,
  jurisdictions: [],
  sources: ["s-measure", "s-action", "s-other", "s-vote"].map(source),
  bodies: [],
  posts: [],
  people: [],
  memberships: [],
  measures: [
    {
      id: "measure-1",
      bodyId: null,
      jurisdictionId: null,
      identifier: "CF 1",
      session: null,
      title: "A measure",
      classification: "ordinance",
      subjects: [],
      sponsors: [],
      relatedMeasures: [],
      textSections: [],
      sourceIds: ["s-measure"],
    },
  ],
  actions: [
    {
      id: "action-1",
      measureId: "measure-1",
      date: "2025-01-02",
      description: "Introduced",
      classification: ["introduction"],
      sourceIds: ["s-action"],
    },
  ],
  voteEvents: [],
  statements: [],
  explainers: [],
} as unknown as Dataset;

describe("the OCD bills file", () => {
  it("gives each bill the sources its measure and actions cite, and no others", async () => {
    const download = findDownload("/data/ocd/bills.json");
    const bills = JSON.parse(download ? await downloadText(download, dataset) : "[]") as Array<{
      sources: { url: string }[];
      extras: { legible: { sources: { id: string }[] } };
    }>;
    expect(bills).toHaveLength(1);
    expect(bills[0]?.extras.legible.sources.map((s) => s.id).sort()).toEqual(["s-action", "s-measure"]);
    expect(bills[0]?.sources.map((s) => s.url)).toEqual(["https://example.org/s-measure"]);
  });
});
