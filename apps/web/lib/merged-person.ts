import "server-only";
import { TRPCError } from "@trpc/server";
import { permanentRedirect } from "next/navigation";
import { getPathname } from "../i18n/navigation";
import type { AppLocale } from "../i18n/routing";
import { getPublicApi } from "./trpc-server";

/**
 * A person merged into another keeps their old address: when a person's page finds no one, the
 * merge's redirect (if any) answers with a permanent redirect to the kept person's page, in the
 * same language and on the same list. Anything else goes on as it was (the caller's 404).
 */
export async function orMergedPersonRedirect<T>(
  id: string,
  locale: AppLocale,
  load: Promise<T>,
  subpath = "",
): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") {
      const { toId } = await (await getPublicApi()).redirects.person({ id });
      if (toId) permanentRedirect(getPathname({ href: `/people/${encodeURIComponent(toId)}${subpath}`, locale }));
    }
    throw error;
  }
}
