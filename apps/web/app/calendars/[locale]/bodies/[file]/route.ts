import { calendarHandler } from "@/lib/calendar-route";

// An iCalendar feed of a body's meetings; made on its first request, then cached five minutes.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}
export const GET = calendarHandler("body");
