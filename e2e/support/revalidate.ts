import { SIGNATURE_HEADER, signBody } from "@legible/api/http";
import type { APIRequestContext } from "@playwright/test";

/** What the staff app sends: the cache tags of what changed, or everything. */
export type Change = { tags: string[] } | { all: true };

/** The headers and body of an invalidation call signed as the staff app signs it (fresh nonce each time). */
export function signedInvalidation(change: Change, secret = process.env.LEGIBLE_REVALIDATE_SECRET ?? "") {
  const data = JSON.stringify(change);
  return { data, headers: { "content-type": "application/json", [SIGNATURE_HEADER]: signBody(secret, data) } };
}

/** POSTs a signed invalidation to the public site at `url` (its /api/revalidate), as the staff app does. */
export function revalidate(request: APIRequestContext, url: string, change: Change) {
  return request.post(url, signedInvalidation(change));
}
