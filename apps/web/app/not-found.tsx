import { PageHeader } from "@legible/ui";
import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <PageHeader product="Legible" tagline="Local laws in plain language" />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <h1 className="font-serif text-3xl font-bold">We can't find that page</h1>
        <p className="mt-4">The link may be old, or the address may have a typo.</p>
        <p className="mt-4">
          <Link href="/" className="text-primary underline">
            Go to the home page
          </Link>
        </p>
      </main>
    </>
  );
}
