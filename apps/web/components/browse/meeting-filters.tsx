import { getLocale, getTranslations } from "next-intl/server";
import { getPathname, Link } from "@/i18n/navigation";
import type { MeetingListView } from "@/lib/browse-views";
import { FilterSelect } from "./filter-select";

/** The meetings list's filters as a plain GET form (works without JavaScript; kept in the address). */
export async function MeetingFilters({ view }: { view: MeetingListView }) {
  const t = await getTranslations("browse.meetings");
  const locale = await getLocale();
  return (
    <search>
      <form
        action={getPathname({ href: "/meetings", locale })}
        method="get"
        aria-labelledby="meeting-filters-title"
        className="rounded-card border border-line bg-paper p-4"
      >
        <h2 id="meeting-filters-title" className="font-serif text-xl font-bold">
          {t("filtersTitle")}
        </h2>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
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
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <button
            type="submit"
            className="min-h-11 rounded-card bg-primary px-5 py-2 font-bold text-paper hover:bg-primary-dark"
          >
            {t("apply")}
          </button>
          <Link href="/meetings" className="text-primary underline">
            {t("clear")}
          </Link>
        </div>
      </form>
    </search>
  );
}
