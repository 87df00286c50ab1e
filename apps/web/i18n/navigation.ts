import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/** Locale-aware Link and helpers: `<Link href="/people/x">` points at /es/people/x on Spanish pages. */
export const { Link, redirect, usePathname, getPathname } = createNavigation(routing);
