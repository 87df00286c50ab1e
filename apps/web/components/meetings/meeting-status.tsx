import { useTranslations } from "next-intl";
import type { MeetingSummaryView } from "@/lib/record-views";

/** A meeting's status in words, marked out when it will not take place as planned. */
export function MeetingStatus({ status }: { status: MeetingSummaryView["status"] }) {
  const t = useTranslations("records.meeting");
  const alert = status === "cancelled" || status === "postponed";
  return (
    <span
      className={
        alert
          ? "inline-block rounded border-2 border-error px-1 font-bold text-error"
          : "inline-block rounded border border-line px-1"
      }
    >
      {t(`status.${status}`)}
    </span>
  );
}
