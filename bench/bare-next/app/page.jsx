// As much text as a short explainer's first screen, so the paint metrics compare like with like.
export default function BarePage() {
  return (
    <main>
      <h1>A bare page</h1>
      <p>
        This page is rendered by Next.js with nothing of its own: no client component, no data, no styles. It is what
        the framework's runtime alone costs a reader's phone.
      </p>
    </main>
  );
}
