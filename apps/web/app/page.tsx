import { PageHeader } from "@legible/ui";
import { getPublicApi } from "../lib/trpc-server";

// Read at request time: the records change whenever staff edit them.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const api = await getPublicApi();
  const jurisdictions = await api.jurisdictions.list();

  return (
    <>
      <PageHeader product="Legible" tagline="Local laws in plain language" />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <h1 className="font-serif text-3xl font-bold">Places we cover</h1>
        {jurisdictions.length === 0 ? (
          <p className="mt-4 text-muted">No places are on Legible yet. Check back soon.</p>
        ) : (
          <ul className="mt-6 space-y-4">
            {jurisdictions.map((jurisdiction) => (
              <li key={jurisdiction.id} className="rounded-card border border-line bg-paper p-4">
                <h2 className="text-xl font-bold">{jurisdiction.name}</h2>
                <p className="mt-1 text-sm text-muted">
                  Open Civic Data division: <code className="break-all">{jurisdiction.divisionId}</code>
                </p>
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}
