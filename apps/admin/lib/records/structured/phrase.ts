import type { PlacedPart } from "./places";
import { plainMessage, relativePath } from "./places";

/** How sentences name a body, in English and Spanish, as the editor holds it. */
export interface PhraseValue {
  en: string;
  es: string;
}

const text = (value: unknown) => (typeof value === "string" ? value : "");

export function phraseValueOf(value: unknown): PhraseValue {
  const phrase = (value ?? {}) as Record<string, unknown>;
  return { en: text(phrase.en), es: text(phrase.es) };
}

/** Both blank: no phrase (pages use the name). Otherwise both go to core, which wants both. */
export function phraseOf(value: PhraseValue | undefined): { en: string; es: string } | undefined {
  if (!value || (!value.en.trim() && !value.es.trim())) return undefined;
  return { en: value.en, es: value.es };
}

export const PHRASE_LANGUAGES = { en: "In English", es: "In Spanish" } as const;

/** A phrase's problem (`phrase.es`) on its language's control. */
export function phrasePartOf(path: string, message = ""): PlacedPart | null {
  const relative = relativePath(path, "phrase");
  if (relative === null) return null;
  const language = relative === "es" ? "es" : "en";
  const label = `How sentences name it (${language === "en" ? "English" : "Spanish"})`;
  const plain = plainMessage(message);
  return {
    label,
    target: `field-phrase-${language}`,
    message: `${label}: ${plain === "is required" ? "add it (or leave both blank)" : plain}.`.replace(/\.\.$/, "."),
  };
}
