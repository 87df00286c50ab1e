import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Pages only: not the API, feeds, open data, embeds, Next's files or anything with an extension.
  matcher: ["/((?!api|_next|_vercel|embed|feeds|data|.*\\..*).*)"],
};
