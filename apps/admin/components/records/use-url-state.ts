"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef } from "react";

/** Reads and writes a page's options in its address, so they survive reloads and the back button. */
export function useUrlState() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const get = useCallback((key: string) => params.get(key) ?? "", [params]);
  // The address asked for but not yet shown: the router updates the address only when the
  // navigation commits, so a second change made before that must build on the first.
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (pending.current === params.toString()) pending.current = null;
  }, [params]);
  const set = useCallback(
    (changes: Record<string, string | null>, options: { keepPage?: boolean; replace?: boolean } = {}) => {
      const next = new URLSearchParams(pending.current ?? window.location.search);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === "") next.delete(key);
        else next.set(key, value);
      }
      if (!options.keepPage && !("page" in changes)) next.delete("page");
      next.delete("deleted");
      const query = next.toString();
      pending.current = query;
      // Typing replaces the address; choosing a page, sort or filter adds a step the back button undoes.
      const go = options.replace ? router.replace : router.push;
      go(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [router, pathname],
  );
  return { get, set };
}
