import { ScriptPolicy } from "../components/script-policy";
import "./globals.css";

// Addresses that match no page. Next renders this one on the server (a notFound() thrown from a
// page is only filled in after hydration), so it is whole without JavaScript. It is static, so
// it speaks both languages.
export default function NotFound() {
  return (
    <html lang="en">
      <head>
        <ScriptPolicy />
      </head>
      <body className="mx-auto max-w-3xl px-4 py-8">
        {/* React hoists this into <head>; a plain not-found file cannot rely on metadata exports. */}
        <title>Page not found · Legible</title>
        <main id="main">
          <h1 className="font-serif text-3xl font-bold">We can't find that page</h1>
          <p className="mt-4">The link may be old, or the address may have a typo.</p>
          <p className="mt-4">
            <a href="/" className="text-primary underline">
              Go to the home page
            </a>
          </p>
          <div lang="es" className="mt-8 border-t border-line pt-6">
            <h2 className="font-serif text-2xl font-bold">No encontramos esa página</h2>
            <p className="mt-4">El enlace puede ser antiguo o la dirección puede tener un error.</p>
            <p className="mt-4">
              <a href="/es" className="text-primary underline">
                Ir a la página de inicio
              </a>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
