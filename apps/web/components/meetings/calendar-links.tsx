import { useLocale, useTranslations } from "next-intl";
import type { AppLocale } from "@/i18n/routing";
import { type CalendarScope, calendarPath, webcalUrl } from "@/lib/calendar-urls";

type Follow = { scope: Exclude<CalendarScope, { kind: "all" | "meeting" }>; name: string } | { scope: { kind: "all" } };

/**
 * Calendar links beside meetings: "add this meeting" downloads one event (.ics); "subscribe" opens
 * the resident's calendar app on a feed it keeps up to date (webcal:), with the plain address beside
 * it for apps that ask for one.
 */
export function CalendarLinks({ add, follow }: { add?: { kind: "meeting"; id: string }; follow?: Follow }) {
  const t = useTranslations("records.calendar");
  const locale = useLocale() as AppLocale;
  const link = "text-primary underline";
  return (
    <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2 text-sm">
      {add ? (
        <li>
          <a href={calendarPath(locale, add)} className={link} download>
            {t("addMeeting")}
          </a>
        </li>
      ) : null}
      {follow ? (
        <li>
          <a href={webcalUrl(locale, follow.scope)} className={link}>
            {"name" in follow ? t(`follow.${follow.scope.kind}`, { name: follow.name }) : t("follow.all")}
          </a>{" "}
          <a href={calendarPath(locale, follow.scope)} className={link}>
            {t("feedAddress")}
          </a>
        </li>
      ) : null}
    </ul>
  );
}
