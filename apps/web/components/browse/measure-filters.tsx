import { MEASURE_CLASSIFICATIONS, STAGES } from "@legible/core";
import { getTranslations } from "next-intl/server";
import type { MeasureListView } from "@/lib/browse-views";
import { FilterForm } from "./filter-form";
import { FilterSelect } from "./filter-select";

/**
 * The measures list's filters as a plain GET form: it works without JavaScript, and the chosen
 * filters stay in the address to share or bookmark. Submitting starts again at page 1.
 */
export async function MeasureFilters({ view }: { view: MeasureListView }) {
  const t = await getTranslations("browse");
  const tr = await getTranslations("records");
  const { filters, options, recordLanguage } = view;
  return (
    <FilterForm
      href="/measures"
      id="measure-filters-title"
      title={t("measures.filtersTitle")}
      apply={t("measures.apply")}
      clear={t("measures.clear")}
    >
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
    </FilterForm>
  );
}
