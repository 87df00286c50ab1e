import { PageNumberSchema, type PageWindow, pageSlice, pageWindow } from "@legible/core";
import { TRPCError } from "@trpc/server";
import { LIST_PAGE_SIZE } from "../../views/long-lists";
import { recordPageInput } from "./record-inputs";

/** Which page of a record's long list (its votes, its statements), in which language. */
export const listPageInput = recordPageInput.extend({ page: PageNumberSchema.default(1) });

/** The rows the asked-for page covers. */
export const listSlice = (page: number) => pageSlice(page, LIST_PAGE_SIZE);

/** Where the page sits in a list of `total`; a page past the end is not found, and says how many there are. */
export function listWindow(page: number, total: number, what: string): PageWindow {
  const window = pageWindow(page, LIST_PAGE_SIZE, total);
  if (window) return window;
  const pages = Math.max(1, Math.ceil(total / LIST_PAGE_SIZE));
  throw new TRPCError({
    code: "NOT_FOUND",
    message: `${what} has ${pages} ${pages === 1 ? "page" : "pages"}; there is no page ${page}.`,
  });
}
