"use client";

import { useParams } from "next/navigation";
import english from "../../messages/en/common.json";
import spanish from "../../messages/es/common.json";

// Not next-intl: its client provider and runtime would be shipped with every reading page for these
// three sentences. The two small catalogues are bundled instead.
const WORDS = { en: english.error, es: spanish.error };

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const { locale } = useParams<{ locale: string }>();
  const t = locale === "es" ? WORDS.es : WORDS.en;
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-serif text-3xl font-bold">{t.title}</h1>
      <p className="mt-4">{t.body}</p>
      <button type="button" onClick={reset} className="mt-4 rounded-card bg-primary px-4 py-2 font-bold text-paper">
        {t.retry}
      </button>
    </main>
  );
}
