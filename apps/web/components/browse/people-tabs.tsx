import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/** Moves between officials in office now and past officials: two links, the current one marked. */
export function PeopleTabs({ current }: { current: "current" | "past" }) {
  const t = useTranslations("browse.people");
  const tab = (which: "current" | "past", href: string) => (
    <li>
      <Link
        href={href}
        aria-current={current === which ? "page" : undefined}
        className={
          current === which
            ? "inline-block border-b-4 border-primary px-2 py-2 font-bold text-ink no-underline"
            : "inline-block px-2 py-2 text-primary underline"
        }
      >
        {t(which)}
      </Link>
    </li>
  );
  return (
    <nav aria-label={t("tabsLabel")} className="mt-4 border-b border-line">
      <ul className="flex gap-4">
        {tab("current", "/people")}
        {tab("past", "/people/past")}
      </ul>
    </nav>
  );
}
