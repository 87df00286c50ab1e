import { getTranslations } from "next-intl/server";
import type { MeetingListView } from "@/lib/browse-views";
import { FilterForm } from "./filter-form";
import { FilterSelect } from "./filter-select";

/** The meetings list's filters as a plain GET form (works without JavaScript; kept in the address). */
export async function MeetingFilters({ view }: { view: MeetingListView }) {
  const t = await getTranslations("browse.meetings");
  return (
    <FilterForm
      href="/meetings"
      id="meeting-filters-title"
      title={t("filtersTitle")}
      apply={t("apply")}
      clear={t("clear")}
    >
      <FilterSelect
        id="filter-when"
        name="when"
        label={t("when")}
        value={view.filters.when}
        options={[
          { value: "upcoming", label: t("upcoming") },
          { value: "past", label: t("past") },
        ]}
      />
      <FilterSelect
        id="filter-body"
        name="body"
        label={t("body")}
        value={view.filters.body}
        any={t("any")}
        options={view.options.bodies.map((body) => ({
          value: body.id,
          label: body.name,
          lang: view.recordLanguage,
        }))}
      />
    </FilterForm>
  );
}
