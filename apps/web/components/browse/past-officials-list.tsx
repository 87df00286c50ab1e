import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { PastOfficialsView } from "@/lib/browse-views";
import { RecordText } from "../records/record-text";

/** Past officials by name, each with the last post or body they held and until when. */
export function PastOfficialsList({ view }: { view: PastOfficialsView }) {
  const t = useTranslations("browse.people");
  const lang = view.recordLanguage;
  return (
    <ul className="space-y-2">
      {view.people.map(({ person, lastHeld }) => {
        const what = lastHeld ? [lastHeld.post ?? lastHeld.role, lastHeld.body?.name].filter(Boolean).join(", ") : "";
        return (
          <li key={person.id} className="rounded-card border border-line bg-paper p-3">
            <Link href={`/people/${encodeURIComponent(person.id)}`} className="font-bold text-primary underline">
              <RecordText lang={lang}>{person.name}</RecordText>
            </Link>
            {what ? (
              <p className="text-sm">
                {t("lastHeld", { what })}
                {lastHeld?.until ? ` (${t("until", { date: lastHeld.until })})` : null}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
