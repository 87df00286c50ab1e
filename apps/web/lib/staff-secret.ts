import { timingSafeEqual } from "node:crypto";
import { refuseCrossSite } from "@legible/api/server";

/**
 * True when the request carries the secret the staff app shares with this site
 * (`Authorization: Bearer <LEGIBLE_REVALIDATE_SECRET>`), compared in constant time.
 */
export function fromStaffApp(request: Request): boolean {
  // The staff app calls from its server; a browser on another site never may.
  if (refuseCrossSite(request)) return false;
  const secret = process.env.LEGIBLE_REVALIDATE_SECRET;
  const given = request.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
  if (!secret || given.length !== secret.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(secret));
}

export function staffOnly(): Response {
  return Response.json({ error: "This address is for the staff app only." }, { status: 401 });
}
