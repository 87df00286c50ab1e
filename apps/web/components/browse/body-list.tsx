import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { BodyListView } from "@/lib/browse-views";
import { MeetingStatus } from "../meetings/meeting-status";
import { RecordText } from "../records/record-text";

type BodyKind = "legislature" | "committee" | "executive" | "department" | "party" | "organization";

/** Every body: its name (linked), kind, how many hold a seat in it today, and its next meeting. */
export function BodyList({ view }: { view: BodyListView }) {
  const t = useTranslations("browse.bodies");
  const tr = useTranslations("records");
  const tm = useTranslations("records.meeting");
  const lang = view.recordLanguage;
  return (
    <ul className="space-y-3">
      {view.bodies.map((row) => (
        <li key={row.body.id} className="rounded-card border border-line bg-paper p-3">
          <h3 className="font-bold">
            <Link href={`/bodies/${encodeURIComponent(row.body.id)}`} className="text-primary underline">
              <RecordText lang={lang}>{row.body.name}</RecordText>
            </Link>
          </h3>
          <p className="text-sm">{tr(`bodyKind.${row.kind as BodyKind}`)}</p>
          <p className="text-sm">{t("members", { count: row.currentMembers })}</p>
          <p className="text-sm">
            {row.nextMeeting ? (
              <>
                {t("nextMeeting")}{" "}
                <Link href={`/meetings/${encodeURIComponent(row.nextMeeting.id)}`} className="text-primary underline">
                  <RecordText lang={lang}>{row.nextMeeting.name}</RecordText>
                </Link>
                {", "}
                <time dateTime={row.nextMeeting.start.iso}>
                  {tm("at", { date: row.nextMeeting.start.date, time: row.nextMeeting.start.time })}
                </time>{" "}
                <span className="text-muted">{row.nextMeeting.start.zoneName}</span>{" "}
                <MeetingStatus status={row.nextMeeting.status} />
              </>
            ) : (
              <span className="text-muted">{t("noMeeting")}</span>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
