"use client";

// A page that failed on the server (most often: the database is not answering). Staff see what
// happened in plain words and can try again; the details are in the server's log, never here.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-serif text-3xl font-bold">This page could not be loaded</h1>
      <p className="mt-4">
        Something went wrong on our side, most likely the database not answering. Nothing you were doing was lost unless
        a save said it failed. Try again in a minute.
      </p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-primary px-4 py-2 font-bold text-paper">
        Try again
      </button>
    </main>
  );
}
