import { Notice, PageHeader } from "@legible/ui";

export default function StaffHomePage() {
  return (
    <>
      <PageHeader product="Legible" tagline="Staff" />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <h1 className="font-serif text-3xl font-bold">Staff sign-in</h1>
        <div className="mt-6">
          <Notice title="Sign-in is not open yet">
            Staff accounts arrive with the staff app. Until then, records change only through the seed data.
          </Notice>
        </div>
      </main>
    </>
  );
}
