import { PageHeader } from "@legible/ui/page-header";
import Link from "next/link";
import type { ReactNode } from "react";
import { STAFF_SECTIONS } from "@/lib/sections";
import { requireStaff } from "@/lib/staff";
import { Providers } from "../providers";
import { SignOutButton } from "./sign-out-button";

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const staff = await requireStaff();
  const sections = STAFF_SECTIONS.filter((section) => !section.roles || section.roles.includes(staff.role));
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-paper focus:p-2"
      >
        Skip to the main content
      </a>
      <PageHeader product="Legible" tagline="Staff">
        <div className="flex items-center gap-3">
          <p>
            <span className="font-bold">{staff.name}</span> <span className="text-muted">({staff.role})</span>
          </p>
          <SignOutButton />
        </div>
      </PageHeader>
      <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6 md:flex-row">
        <nav aria-label="Staff sections" className="md:w-48 md:shrink-0">
          <ul className="flex flex-wrap gap-2 md:flex-col md:gap-1">
            {sections.map((section) => (
              <li key={section.href}>
                <Link
                  href={section.href}
                  className="block rounded px-2 py-1 text-primary underline-offset-2 hover:underline"
                >
                  {section.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="min-w-0 flex-1">
          <Providers>{children}</Providers>
        </main>
      </div>
    </>
  );
}
