import type { Jurisdiction } from "@legible/core";

/**
 * The seed story: the news report of the Los Angeles City Council's 13-0 sanctuary-city vote
 * (shared/seed-story/article.txt). Only what the report supports is stored here.
 */
export const losAngeles: Jurisdiction = {
  id: "ocd-jurisdiction/country:us/state:ca/place:los_angeles/government",
  name: "City of Los Angeles",
  slug: "los-angeles",
  classification: "government",
  divisionId: "ocd-division/country:us/state:ca/place:los_angeles",
};
