import { membersOfBody, type PartialDate, servedOn } from "@legible/core";
import type { BodyRecords } from "./body-view";

/**
 * Who sat on a body on a vote's date, one row per person, to pre-fill its roll call. `certain`
 * is false for terms whose recorded dates only may cover the day.
 */
export function rollCallMembers(records: BodyRecords, date: PartialDate) {
  const names = new Map(records.people.map((person) => [person.id, person.name]));
  const posts = new Map(records.posts.map((post) => [post.id, post.label]));
  const seen = new Set<string>();
  return membersOfBody(records.memberships, records.body.id, date, { posts: records.posts })
    .filter((membership) => !seen.has(membership.personId) && seen.add(membership.personId))
    .map((membership) => ({
      personId: membership.personId,
      name: names.get(membership.personId) ?? membership.personId,
      post: membership.postId ? (posts.get(membership.postId) ?? null) : null,
      certain: servedOn(membership, date) === "yes",
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
