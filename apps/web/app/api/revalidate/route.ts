import { revalidatePath } from "next/cache";

import { fromStaffApp, staffOnly } from "@/lib/staff-secret";

export const dynamic = "force-dynamic";

/**
 * The staff app calls this after a publish or an edit: every cached public page is rebuilt on
 * its next visit, so residents see the change within seconds.
 */
export function POST(request: Request): Response {
  if (!fromStaffApp(request)) return staffOnly();
  revalidatePath("/", "layout");
  return Response.json({ revalidated: true, at: new Date().toISOString() });
}
