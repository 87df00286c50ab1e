"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("common.error");
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4">{t("body")}</p>
      <button type="button" onClick={reset} className="mt-4 rounded-card bg-primary px-4 py-2 font-bold text-paper">
        {t("retry")}
      </button>
    </main>
  );
}
