// Open Civic Data JSON, as openstates-core's scrape schemas define it. Standard fields carry
// everything OCD can say; what it cannot (our ids, week dates, text sections, source kinds)
// rides in `extras.legible`, so our own exports round-trip exactly while plain OCD files from
// other tools still import. That includes which fields were worked out rather than reported
// (`inferred`, with the reasoning in both languages), on bills, their actions and votes.
//
// One file per OCD object, each writing and reading it; ocd/common.ts holds what they share.

export * from "./ocd/bill.js";
export type { OcdSource } from "./ocd/common.js";
export * from "./ocd/event.js";
export * from "./ocd/organization.js";
export * from "./ocd/person.js";
export * from "./ocd/vote-event.js";
