import { calendarHandler } from "@/lib/calendar-route";

// An iCalendar feed of the meetings whose agenda names a law (its hearings); made on its first request, then cached five minutes.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}
export const GET = calendarHandler("measure");
