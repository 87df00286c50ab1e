import { healthResponse } from "@legible/api/server";

export const dynamic = "force-dynamic";

export function GET(): Promise<Response> {
  return healthResponse();
}
