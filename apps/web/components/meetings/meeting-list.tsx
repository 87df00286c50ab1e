import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { MeetingSummaryView } from "@/lib/record-views";
import { RecordText } from "../records/record-text";
import { MeetingStatus } from "./meeting-status";

/** Meetings as a list: each links to its page, with its local time and zone, status, body and place. */
export function MeetingList({
  meetings,
  recordLanguage,
  showBody = true,
}: {
  meetings: readonly MeetingSummaryView[];
  recordLanguage: string;
  showBody?: boolean;
}) {
  const t = useTranslations("records.meeting");
  return (
    <ul className="space-y-2">
      {meetings.map((meeting) => (
        <li key={meeting.id} className="rounded-card border border-line bg-paper p-3">
          <Link href={`/meetings/${encodeURIComponent(meeting.id)}`} className="font-bold text-primary underline">
            <RecordText lang={recordLanguage}>{meeting.name}</RecordText>
          </Link>
          <p>
            <time dateTime={meeting.start.iso}>{t("at", { date: meeting.start.date, time: meeting.start.time })}</time>{" "}
            <span className="text-muted">{meeting.start.zoneName}</span>
          </p>
          <p className="text-sm">
            <MeetingStatus status={meeting.status} />
            {showBody && meeting.body ? (
              <>
                {" · "}
                <RecordText lang={recordLanguage}>{meeting.body.name}</RecordText>
              </>
            ) : null}
            {meeting.location ? (
              <>
                {" · "}
                <RecordText lang={recordLanguage}>{meeting.location}</RecordText>
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
