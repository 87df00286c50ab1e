"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { clearDraft, type Draft, readDraft, writeDraft } from "@/lib/form-kit/drafts";
import { sameJson } from "@/lib/form-kit/same-json";

const WRITE_DELAY_MS = 400;

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Keeps a form's unsaved values in the browser under `key` (see lib/form-kit/drafts) and, when
 * the form opens with a draft that differs from what it loaded, offers it: never applied unless
 * the user restores it. `clear` after a save; `discard` when the user declines.
 */
export function useDraft<V>({ key, values, loaded, dirty }: { key: string; values: V; loaded: V; dirty: boolean }) {
  const [offer, setOffer] = useState<Draft<V> | null>(null);
  const [asked, setAsked] = useState(false);
  const loadedRef = useRef(loaded);
  loadedRef.current = loaded;

  // Read once per key, in the browser only (the server has no localStorage).
  useEffect(() => {
    const store = storage();
    const draft = store ? readDraft<V>(store, key) : null;
    if (draft && !sameJson(draft.values, loadedRef.current)) setOffer(draft);
    else if (draft && store) clearDraft(store, key);
    setAsked(true);
  }, [key]);

  // While an offer waits for an answer, the old draft is left alone.
  useEffect(() => {
    const store = storage();
    if (!store || !asked || offer) return;
    if (!dirty) return;
    const timer = window.setTimeout(() => writeDraft(store, key, values), WRITE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [key, values, dirty, asked, offer]);

  const clear = useCallback(() => {
    const store = storage();
    if (store) clearDraft(store, key);
    setOffer(null);
  }, [key]);

  return {
    /** A draft from an earlier visit, waiting for Restore or Discard. */
    offer,
    /** The draft's values, for the form to apply; the offer closes and the draft stays until saved. */
    restore: (): V | null => {
      const values = offer?.values ?? null;
      setOffer(null);
      return values;
    },
    discard: clear,
    clear,
  };
}
