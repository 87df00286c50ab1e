import { calendarHandler } from "@/lib/calendar-route";

// An iCalendar feed of one meeting, for "add to my calendar"; made on its first request, then cached five minutes.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}
export const GET = calendarHandler("meeting");
