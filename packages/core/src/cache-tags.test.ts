import { describe, expect, it } from "vitest";
import {
  InvalidationSchema,
  isCacheTag,
  knownTags,
  listTag,
  recordTag,
  recordTagsIn,
  tagsChangedBy,
  tagsShownBy,
} from "./cache-tags.js";

describe("record tags", () => {
  it("percent-encode ids so commas, spaces and other scripts never split a header", () => {
    expect(recordTag("person", "ocd-person/a b,c")).toBe("person:ocd-person%2Fa%20b%2Cc");
    expect(recordTag("measure", "café")).toBe("measure:caf%C3%A9");
    expect(isCacheTag(recordTag("measure", "café"))).toBe(true);
  });

  it("know the vocabulary and nothing else", () => {
    for (const tag of ["home", "open-data", "list:vote", "vote:v1", "explainer:m-1", "page:body:b%2F1"]) {
      expect(isCacheTag(tag), tag).toBe(true);
    }
    for (const tag of ["all", "_N_T_/layout", "person:", "list:user", "user:1", "person:a b", "page:list:vote", ""]) {
      expect(isCacheTag(tag), tag).toBe(false);
    }
    expect(knownTags(["person:p1", "bogus", "person:p1", "home"])).toEqual(["person:p1", "home"]);
  });
});

describe("what a view shows", () => {
  it("names every linked record: links, <kind>Id fields, {kind, id} pairs, and explainers by their measure", () => {
    const view = {
      id: "person-1",
      roles: [{ id: "membership-1", body: { id: "council", name: "Council" }, post: { id: "seat-1", label: "1" } }],
      votes: [{ vote: { id: "vote-1", measure: { id: "measure-1", title: "T" }, body: { id: "council" } } }],
      statements: [{ id: "statement-1", speaker: { kind: "body", id: "committee" }, measure: null }],
      sponsors: [{ personId: "person-2", bodyId: null }],
      speakerPersonId: "person-3",
      explainers: [{ id: "explainer-9", measureId: "measure-9" }],
      sources: [{ id: "source-1" }],
      glossary: { entries: [{ id: "term-1" }] },
    };
    expect([...recordTagsIn(view)].sort()).toEqual(
      [
        "body:committee",
        "body:council",
        "explainer:measure-9",
        "measure:measure-1",
        "measure:measure-9",
        "person:person-2",
        "person:person-3",
        "post:seat-1",
        "source:source-1",
        "vote:vote-1",
      ].sort(),
    );
  });

  it("puts the page's own record (shown, and its own page) and shared tags first", () => {
    const tags = tagsShownBy(
      { id: "p1", votes: [{ id: "v1" }] },
      { own: { kind: "person", id: "p1" }, shared: ["home"] },
    );
    expect(tags).toEqual(["person:p1", "page:person:p1", "home", "vote:v1"]);
    expect(tags.every(isCacheTag)).toBe(true);
  });

  it("folds the most numerous kind into its list tag past the limit, so the page still refreshes", () => {
    const votes = Array.from({ length: 10 }, (_, index) => ({ id: `v${index}`, measure: { id: `m${index % 2}` } }));
    const tags = tagsShownBy({ votes }, { own: { kind: "body", id: "b" }, max: 8 });
    expect(tags).toEqual(["body:b", "page:body:b", "list:vote", "measure:m0", "measure:m1"]);
    expect(tags.length).toBeLessThanOrEqual(8);
  });
});

describe("what a change refreshes", () => {
  it("pages showing the record, own pages of what it names before and after, lists and shared pages", () => {
    const before = { id: "v1", measureId: "m-old", bodyId: "council", rollCall: [{ personId: "p1" }] };
    const after = { ...before, measureId: "m-new" };
    const tags = tagsChangedBy([{ kind: "vote", id: "v1", records: [before, after] }]);
    expect(tags).toEqual(
      expect.arrayContaining([
        "vote:v1",
        "page:measure:m-old",
        "page:measure:m-new",
        "page:body:council",
        "page:person:p1",
        listTag("vote"),
        listTag("measure"),
        listTag("body"),
        listTag("person"),
        "home",
        "feeds",
        "search",
        "sitemap",
        "open-data",
      ]),
    );
    expect(tags).not.toContain("list:meeting");
    // Pages that only link to the council (every measure page of its measures) stay cached.
    expect(tags).not.toContain("body:council");
    expect(tags.every(isCacheTag)).toBe(true);
  });

  it("a record without a page of its own refreshes the pages of what it names", () => {
    const statement = { id: "s1", measureId: "m1", speakerPersonId: "p1", sourceId: "src" };
    const tags = tagsChangedBy([{ records: [statement] }]);
    expect(tags).toEqual([
      "page:measure:m1",
      "page:person:p1",
      "page:source:src",
      "list:measure",
      "list:person",
      "list:source",
      "home",
      "feeds",
      "search",
      "sitemap",
      "open-data",
    ]);
  });

  it("a term refreshes every page showing its person, whose office it changes", () => {
    const term = { id: "t1", personId: "p1", postId: "seat-4", bodyId: "council" };
    const tags = tagsChangedBy([{ records: [term], alters: ["person"] }]);
    expect(tags).toEqual(expect.arrayContaining(["person:p1", "page:person:p1", "page:body:council"]));
    // Pages that only link to the council stay cached.
    expect(tags).not.toContain("body:council");
  });

  it("an explainer's change refreshes its measure's pages too", () => {
    expect(tagsChangedBy([{ kind: "explainer", id: "m1" }])).toEqual(
      expect.arrayContaining(["explainer:m1", "page:measure:m1", "list:explainer"]),
    );
  });
});

describe("the invalidation call's body", () => {
  it("takes tags or an explicit all, and nothing else", () => {
    expect(InvalidationSchema.parse({})).toEqual({ tags: [] });
    expect(InvalidationSchema.parse({ tags: ["home"], all: true })).toEqual({ tags: ["home"], all: true });
    expect(InvalidationSchema.safeParse({ tags: "home" }).success).toBe(false);
    expect(InvalidationSchema.safeParse({ tags: [], purge: "everything" }).success).toBe(false);
  });
});
