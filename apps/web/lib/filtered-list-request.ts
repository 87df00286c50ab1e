import "server-only";
import { readBrowseFilters } from "@legible/core";
import type { z } from "zod";
import { redirect } from "../i18n/navigation";
import type { AppLocale } from "../i18n/routing";
import { isCanonicalQuery } from "./browse-paths";
import { pageLocale } from "./record-page";

/** A filtered list page's props: its filters and page number live in the query string. */
export type FilteredListProps = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * Reads a filtered list's address (/measures, /meetings): each filter against its schema, a bad
 * value ignored and named. A submitted form sends every field; its short form is the list's one
 * address, so it is redirected there. An address with values we ignored stays as typed, so the
 * page can say what it ignored.
 */
export async function readFilteredList<Shape extends z.ZodRawShape, View>(
  { params, searchParams }: FilteredListProps,
  list: {
    schema: z.ZodObject<Shape>;
    href: (filters: z.infer<z.ZodObject<Shape>>, page: number) => string;
    load: (locale: AppLocale, filters: z.infer<z.ZodObject<Shape>>, page: number) => Promise<View>;
  },
) {
  const { locale } = await params;
  const values = await searchParams;
  const read = readBrowseFilters(list.schema, values);
  const canonical = list.href(read.filters, read.page);
  if (!read.ignored.length && !isCanonicalQuery(values, canonical)) redirect({ href: canonical, locale });
  const view = await list.load(pageLocale(locale), read.filters, read.page);
  return { locale, read, view };
}
