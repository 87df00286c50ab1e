import "server-only";
import { publicCaller } from "@legible/api/server";
import { cache } from "react";

/** One public tRPC caller per request, shared by every Server Component that renders it. */
export const getPublicApi = cache(publicCaller);
