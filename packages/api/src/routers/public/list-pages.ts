import { PageNumberSchema, type PageWindow, pageCount, pageSlice, pageWindow } from "@legible/core";
import { TRPCError } from "@trpc/server";
import { publicProcedure } from "../../trpc";
import { buildStatementsView, LIST_PAGE_SIZE } from "../../views/long-lists";
import { recordPageInput } from "./record-inputs";

/** Which page of a record's long list (its votes, its statements), in which language. */
export const listPageInput = recordPageInput.extend({ page: PageNumberSchema.default(1) });

/** The rows the asked-for page covers. */
export const listSlice = (page: number) => pageSlice(page, LIST_PAGE_SIZE);

/** Where the page sits in a list of `total`; a page past the end is not found, and says how many there are. */
export function listWindow(page: number, total: number, what: string): PageWindow {
  const window = pageWindow(page, LIST_PAGE_SIZE, total);
  if (window) return window;
  const pages = pageCount(total, LIST_PAGE_SIZE);
  throw new TRPCError({
    code: "NOT_FOUND",
    message: `${what} has ${pages} ${pages === 1 ? "page" : "pages"}; there is no page ${page}.`,
  });
}

/** One page of what a person or a body is on record saying, newest first. */
export function statementsQuery(kind: "person" | "body", notFound: (id: string) => TRPCError) {
  return publicProcedure.input(listPageInput).query(async ({ ctx, input }) => {
    const records = await ctx.repositories.statementPage({ kind, id: input.id }, listSlice(input.page));
    if (!records) throw notFound(input.id);
    const paging = listWindow(input.page, records.total, `The list of ${records.speaker.name}'s statements`);
    return buildStatementsView(records, paging, input.locale);
  });
}
