"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-serif text-3xl font-bold">Something went wrong on our side</h1>
      <p className="mt-4">This page could not load. Please try again in a minute.</p>
      <button type="button" onClick={reset} className="mt-4 rounded-card bg-primary px-4 py-2 font-bold text-paper">
        Try again
      </button>
    </main>
  );
}
