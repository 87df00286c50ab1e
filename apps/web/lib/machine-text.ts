import { createTranslator } from "next-intl";
import { loadMessages } from "../i18n/messages";
import type { AppLocale } from "../i18n/routing";

/** Looks up a string in messages/<locale>/machine.json, filling in `{placeholders}`. */
export type MachineText = (key: string, values?: Record<string, string | number>) => string;

/**
 * The machine-readable side's strings (feeds, cards, open data) in one language. Route
 * handlers outside the localized pages use it, so it takes the locale rather than reading it
 * from the request.
 */
export async function machineText(locale: AppLocale): Promise<MachineText> {
  const messages = await loadMessages(locale);
  const translate = createTranslator({ locale, messages, namespace: "machine" });
  return (key, values) => translate(key as never, values as never);
}

/** The strings that put a vote's decision into words (messages/<locale>/votes.json), in one language. */
export async function votesText(locale: AppLocale): Promise<MachineText> {
  const messages = await loadMessages(locale);
  const translate = createTranslator({ locale, messages, namespace: "votes" });
  return (key, values) => translate(key as never, values as never);
}
