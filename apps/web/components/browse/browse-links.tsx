import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

const LISTS = ["measures", "people", "bodies", "meetings"] as const;

/** The home page's way into the browse lists: each list's name, linked, with what it holds. */
export function BrowseLinks() {
  const t = useTranslations("browse");
  return (
    <nav aria-labelledby="home-browse" className="mt-6">
      <h2 id="home-browse" className="font-serif text-2xl font-bold">
        {t("home.title")}
      </h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2">
        {LISTS.map((list) => (
          <li key={list} className="rounded-card border border-line bg-paper p-3">
            <Link href={`/${list}`} className="font-bold text-primary underline">
              {t(`nav.${list}`)}
            </Link>
            <p className="text-sm text-muted">{t(`home.${list}`)}</p>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The header's small nav to the browse lists. */
export function BrowseNavLinks() {
  const t = useTranslations("browse.nav");
  return (
    <>
      {LISTS.map((list) => (
        <Link key={list} href={`/${list}`} className="text-primary underline">
          {t(list)}
        </Link>
      ))}
    </>
  );
}
