"use client";

import type { Explainer, Locale } from "@legible/core";
import { buttonClass } from "@legible/ui/button";
import { Notice } from "@legible/ui/notice";
import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { FieldErrors } from "@/components/form-kit/field-frame";
import { useTRPC } from "@/lib/trpc";
import { explainerIdFor } from "./explainer-id";

const controlClass = "mt-1 block min-h-11 w-full rounded border border-muted bg-paper px-2";

/** Starts an explainer: which measure, which language, and (for Spanish) the English one it translates. */
export function NewExplainerForm({
  initialMeasureId,
  initialLocale,
}: {
  initialMeasureId: string;
  initialLocale: Locale;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [measureId, setMeasureId] = useState(initialMeasureId);
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [headline, setHeadline] = useState("");
  const [translates, setTranslates] = useState(true);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const measures = useQuery(trpc.measures.list.queryOptions({ sort: "title", pageSize: 100 }));
  const existing = useQuery({
    ...trpc.explainers.list.queryOptions({ filters: { measureId, locale }, pageSize: 1 }),
    enabled: Boolean(measureId),
  });
  const english = useQuery({
    ...trpc.explainers.list.queryOptions({ filters: { measureId, locale: "en" }, pageSize: 1 }),
    enabled: Boolean(measureId) && locale === "es",
  });
  const already = existing.data?.items[0];
  const original = locale === "es" ? english.data?.items[0] : undefined;
  const create = useMutation(trpc.explainers.create.mutationOptions());

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string[]> = {};
    if (!measureId) found.measureId = ["Choose the measure this explainer is about."];
    if (!headline.trim()) found.headline = ["Write a headline (you can change it later)."];
    setErrors(found);
    if (Object.keys(found).length) {
      document.getElementById(found.measureId ? "new-measure" : "new-headline")?.focus();
      return;
    }
    const explainer: Explainer = {
      id: explainerIdFor(measureId, locale),
      measureId,
      locale,
      ...(original && translates ? { translationOf: original.id } : {}),
      status: "draft",
      headline: headline.trim(),
      blocks: [],
      revisions: [],
      corrections: [],
    };
    create.mutate(explainer, {
      onSuccess: (saved) => router.push(`/explainers/${encodeURIComponent(saved.id)}`),
    });
  };

  return (
    <>
      <p>
        <Link href="/explainers" className="text-primary underline">
          All explainers
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">New explainer</h1>
      <form
        onSubmit={onSubmit}
        noValidate
        className="mt-4 max-w-2xl space-y-4 rounded-card border border-line bg-paper p-4"
      >
        <div>
          <label htmlFor="new-measure" className="block font-bold">
            Measure
          </label>
          <select
            id="new-measure"
            value={measureId}
            onChange={(event) => setMeasureId(event.target.value)}
            aria-invalid={errors.measureId ? true : undefined}
            aria-describedby={errors.measureId ? "new-measure-error" : undefined}
            className={controlClass}
          >
            <option value="">Choose a measure</option>
            {measures.data?.items.map((measure) => (
              <option key={measure.id} value={measure.id}>
                {measure.title}
              </option>
            ))}
          </select>
          <FieldErrors id="new-measure-error" messages={errors.measureId} />
          {measures.isError ? (
            <p className="text-error">Measures could not be loaded: {measures.error.message}</p>
          ) : null}
        </div>

        <fieldset>
          <legend className="font-bold">Language</legend>
          <div className="mt-1 flex gap-6">
            {(["en", "es"] as const).map((option) => (
              <label key={option} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="locale"
                  value={option}
                  className="size-5"
                  checked={locale === option}
                  onChange={() => setLocale(option)}
                />
                {option === "en" ? "English" : "Spanish"}
              </label>
            ))}
          </div>
        </fieldset>

        {already ? (
          <Notice title="This measure already has one">
            <p>
              There is already an explainer of this measure in {locale === "en" ? "English" : "Spanish"}:{" "}
              <Link href={`/explainers/${encodeURIComponent(already.id)}`} className="text-primary underline">
                {already.title}
              </Link>
              . Each measure has one explainer per language.
            </p>
          </Notice>
        ) : null}

        {locale === "es" && original ? (
          <label className="flex items-start gap-2">
            <input
              type="checkbox"
              className="mt-1 size-5"
              checked={translates}
              onChange={(event) => setTranslates(event.target.checked)}
            />
            <span>It translates the English explainer, “{original.title}”</span>
          </label>
        ) : null}
        {locale === "es" && measureId && english.data && !original ? (
          <p className="text-muted">This measure has no English explainer, so this one will not point at one.</p>
        ) : null}

        <div>
          <label htmlFor="new-headline" className="block font-bold">
            Headline
          </label>
          <input
            id="new-headline"
            type="text"
            value={headline}
            lang={locale}
            onChange={(event) => setHeadline(event.target.value)}
            aria-invalid={errors.headline ? true : undefined}
            aria-describedby={errors.headline ? "new-headline-error" : undefined}
            className={controlClass}
          />
          <FieldErrors id="new-headline-error" messages={errors.headline} />
        </div>

        {create.isError ? (
          <p role="alert" className="font-bold text-error">
            Not created: {create.error.message}
          </p>
        ) : null}
        <button type="submit" className={buttonClass("primary")} disabled={create.isPending || Boolean(already)}>
          Create the explainer
        </button>
      </form>
    </>
  );
}
