import { timingSafeEqual } from "node:crypto";
import { revalidatePath } from "next/cache";

export const dynamic = "force-dynamic";

function authorized(request: Request): boolean {
  const secret = process.env.LEGIBLE_REVALIDATE_SECRET;
  const given = request.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
  if (!secret || given.length !== secret.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(secret));
}

/**
 * The staff app calls this after a publish or an edit: every cached public page is rebuilt on
 * its next visit, so residents see the change within seconds.
 */
export function POST(request: Request): Response {
  if (!authorized(request)) {
    return Response.json({ error: "This address is for the staff app only." }, { status: 401 });
  }
  revalidatePath("/", "layout");
  return Response.json({ revalidated: true, at: new Date().toISOString() });
}
