import { PageHeader } from "@legible/ui/page-header";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getStaff } from "@/lib/staff";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await getStaff()) redirect("/");
  return (
    <>
      <PageHeader product="Legible" tagline="Staff" />
      <main id="main" className="mx-auto max-w-md px-4 py-8">
        <h1 className="font-serif text-3xl font-bold">Sign in</h1>
        <p className="mt-2 text-muted">For Legible staff. Ask an admin if you need an account or a new password.</p>
        <SignInForm />
      </main>
    </>
  );
}
