"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback } from "react";

/** Reads and writes a page's options in its address, so they survive reloads and the back button. */
export function useUrlState() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const get = useCallback((key: string) => params.get(key) ?? "", [params]);
  const set = useCallback(
    (changes: Record<string, string | null>, options: { keepPage?: boolean; replace?: boolean } = {}) => {
      // The address as it is now, not as this render saw it: two changes in a row both count.
      const next = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === "") next.delete(key);
        else next.set(key, value);
      }
      if (!options.keepPage && !("page" in changes)) next.delete("page");
      next.delete("deleted");
      const query = next.toString();
      // Typing replaces the address; choosing a page, sort or filter adds a step the back button undoes.
      const go = options.replace ? router.replace : router.push;
      go(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [router, pathname],
  );
  return { get, set };
}
