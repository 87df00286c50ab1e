import { VOTE_OPTIONS, type VoteOption } from "@legible/core";

/** One row of the roll-call grid; `option` is empty until someone chooses. */
export interface RollCallRow {
  voterName: string;
  personId?: string;
  option: VoteOption | "";
}

/** A member in office on the vote's date, as rollCall.members gives them. */
export interface MemberOnDate {
  personId: string;
  name: string;
}

/** How many rows chose each option; options nobody chose are left out. */
export function countRollCall(rows: readonly RollCallRow[]): Partial<Record<VoteOption, number>> {
  const counts: Partial<Record<VoteOption, number>> = {};
  for (const row of rows) {
    if (row.option !== "") counts[row.option] = (counts[row.option] ?? 0) + 1;
  }
  return counts;
}

/** Rows with no option chosen yet. */
export function unchosenRows(rows: readonly RollCallRow[]): number {
  return rows.filter((row) => row.option === "").length;
}

/**
 * The grid after filling in the members on a date: one row per member, keeping any option
 * already chosen for them, then the rows for voters who are not among the members.
 */
export function fillMembers(rows: readonly RollCallRow[], members: readonly MemberOnDate[]): RollCallRow[] {
  const byPerson = new Map(rows.filter((row) => row.personId).map((row) => [row.personId, row]));
  const memberIds = new Set(members.map((member) => member.personId));
  const filled: RollCallRow[] = members.map((member) => ({
    voterName: member.name,
    personId: member.personId,
    option: byPerson.get(member.personId)?.option ?? "",
  }));
  return [...filled, ...rows.filter((row) => !row.personId || !memberIds.has(row.personId))];
}

/** Counts typed into the form (text per option) as the record's counts; blank options are unknown. */
export function countsOfText(text: Partial<Record<VoteOption, string>>): Record<string, number | string> {
  const counts: Record<string, number | string> = {};
  for (const option of VOTE_OPTIONS) {
    const raw = (text[option] ?? "").trim();
    if (raw !== "") counts[option] = /^\d+$/.test(raw) ? Number(raw) : raw;
  }
  return counts;
}
