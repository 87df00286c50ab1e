import { draftMode } from "next/headers";

import { fromStaffApp, staffOnly } from "@/lib/staff-secret";

export const dynamic = "force-dynamic";

/**
 * Turns on Next's draft mode for the caller: pages then render fresh on every request instead of
 * coming from the cache. For the staff app's previews and for benchmarks; never for the public.
 */
export async function POST(request: Request): Promise<Response> {
  if (!fromStaffApp(request)) return staffOnly();
  (await draftMode()).enable();
  return Response.json({ preview: true });
}
