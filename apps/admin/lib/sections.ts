import type { StaffRole } from "@legible/api";

export interface StaffSection {
  href: string;
  label: string;
  /** Who sees it in the menu; everyone signed in when absent. */
  roles?: readonly StaffRole[];
}

/** The staff app's menu, in the order staff use it most. */
export const STAFF_SECTIONS: readonly StaffSection[] = [
  { href: "/", label: "Dashboard" },
  { href: "/explainers", label: "Explainers" },
  { href: "/review", label: "Review" },
  { href: "/measures", label: "Measures" },
  { href: "/votes", label: "Votes" },
  { href: "/meetings", label: "Meetings" },
  { href: "/actions", label: "Actions" },
  { href: "/people", label: "People" },
  { href: "/bodies", label: "Bodies" },
  { href: "/posts", label: "Posts" },
  { href: "/memberships", label: "Memberships" },
  { href: "/statements", label: "Statements" },
  { href: "/sources", label: "Sources" },
  { href: "/syncs", label: "Syncs" },
  { href: "/audit", label: "Audit log" },
  { href: "/transfer", label: "Import and export" },
  { href: "/users", label: "Users", roles: ["admin"] },
];
