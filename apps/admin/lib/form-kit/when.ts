/**
 * The staff app's one way to show a moment: the reader's own local time, with the zone named so
 * two colleagues in different places can compare ("November 19, 2024 at 10:32 AM PST").
 * `timeZone` is for tests and for showing another place's clock; by default the browser's.
 */
export function formatWhen(iso: string | null | undefined, timeZone?: string): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString("en-US", {
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
    ...(timeZone ? { timeZone } : {}),
  });
}
