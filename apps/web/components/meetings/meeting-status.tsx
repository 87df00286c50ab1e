import { Badge } from "@legible/ui/badge";
import { useTranslations } from "next-intl";
import type { MeetingSummaryView } from "@/lib/record-views";

/** A meeting's status in words, marked out when it will not take place as planned. */
export function MeetingStatus({ status }: { status: MeetingSummaryView["status"] }) {
  const t = useTranslations("records.meeting");
  const alert = status === "cancelled" || status === "postponed";
  return <Badge tone={alert ? "negative" : "neutral"}>{t(`status.${status}`)}</Badge>;
}
