import { calendarHandler } from "@/lib/calendar-route";

// An iCalendar feed of every body's meetings, at meetings.ics; made on its first request, then cached five minutes.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}
export const GET = calendarHandler("all");
