import { MEASURE_CLASSIFICATIONS, STAGES } from "@legible/core";
import { getLocale, getTranslations } from "next-intl/server";
import { getPathname, Link } from "@/i18n/navigation";
import type { MeasureListView } from "@/lib/browse-views";
import { FilterSelect } from "./filter-select";

/**
 * The measures list's filters as a plain GET form: it works without JavaScript, and the chosen
 * filters stay in the address to share or bookmark. Submitting starts again at page 1.
 */
export async function MeasureFilters({ view }: { view: MeasureListView }) {
  const t = await getTranslations("browse");
  const tr = await getTranslations("records");
  const locale = await getLocale();
  const { filters, options, recordLanguage } = view;
  return (
    <search>
      <form
        action={getPathname({ href: "/measures", locale })}
        method="get"
        aria-labelledby="measure-filters-title"
        className="rounded-card border border-line bg-paper p-4"
      >
        <h2 id="measure-filters-title" className="font-serif text-xl font-bold">
          {t("measures.filtersTitle")}
        </h2>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <FilterSelect
            id="filter-stage"
            name="stage"
            label={t("measures.stage")}
            value={filters.stage}
            any={t("measures.any")}
            options={STAGES.map((stage) => ({ value: stage, label: t(`stages.${stage}`) }))}
          />
          <FilterSelect
            id="filter-kind"
            name="kind"
            label={t("measures.kind")}
            value={filters.kind}
            any={t("measures.any")}
            options={MEASURE_CLASSIFICATIONS.map((kind) => ({ value: kind, label: tr(`measureKind.${kind}`) }))}
          />
          <FilterSelect
            id="filter-body"
            name="body"
            label={t("measures.body")}
            value={filters.body}
            any={t("measures.any")}
            options={options.bodies.map((body) => ({ value: body.id, label: body.name, lang: recordLanguage }))}
          />
          <FilterSelect
            id="filter-subject"
            name="subject"
            label={t("measures.subject")}
            value={filters.subject}
            any={t("measures.any")}
            options={options.subjects.map((subject) => ({ value: subject, label: subject, lang: recordLanguage }))}
          />
          <FilterSelect
            id="filter-year"
            name="year"
            label={t("measures.year")}
            value={filters.year?.toString()}
            any={t("measures.any")}
            options={options.years.map((year) => ({ value: String(year), label: String(year) }))}
          />
          <FilterSelect
            id="filter-sort"
            name="sort"
            label={t("measures.sort")}
            value={filters.sort}
            options={[
              { value: "latest", label: t("measures.sortLatest") },
              { value: "title", label: t("measures.sortTitle") },
            ]}
          />
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <button
            type="submit"
            className="min-h-11 rounded-card bg-primary px-5 py-2 font-bold text-paper hover:bg-primary-dark"
          >
            {t("measures.apply")}
          </button>
          <Link href="/measures" className="text-primary underline">
            {t("measures.clear")}
          </Link>
        </div>
      </form>
    </search>
  );
}
