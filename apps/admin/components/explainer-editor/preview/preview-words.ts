import type { BlockKind, Locale } from "@legible/core";

/** The public page's words for its sections, in each language (copied from apps/web's messages). */
export const PREVIEW_WORDS: Record<
  Locale,
  { sections: Record<BlockKind, string>; sources: string; source: string; sourcesLabel: string; updates: string }
> = {
  en: {
    sections: {
      summary: "In short",
      "what-it-does": "What it does",
      "what-it-does-not-do": "What it does not do",
      "who-it-affects": "Who it affects",
      "what-happens-next": "What happens next",
      perspectives: "Who is for it and who is against it",
      background: "Background",
      questions: "Questions and answers",
      glossary: "Words to know",
    },
    sources: "Sources",
    source: "Source",
    sourcesLabel: "Sources:",
    updates: "Updates and corrections",
  },
  es: {
    sections: {
      summary: "En resumen",
      "what-it-does": "Qué hace",
      "what-it-does-not-do": "Qué no hace",
      "who-it-affects": "A quién afecta",
      "what-happens-next": "Qué pasa ahora",
      perspectives: "Quién está a favor y quién en contra",
      background: "Antecedentes",
      questions: "Preguntas y respuestas",
      glossary: "Palabras clave",
    },
    sources: "Fuentes",
    source: "Fuente",
    sourcesLabel: "Fuentes:",
    updates: "Cambios y correcciones",
  },
};
