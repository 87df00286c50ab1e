/**
 * An id made from a title: lowercase words joined by hyphens, accents dropped, after a prefix
 * naming the kind (`person-karen-bass`). Staff may edit it before the first save.
 */
export function slugId(prefix: string, title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return words ? `${prefix}-${words}` : "";
}
