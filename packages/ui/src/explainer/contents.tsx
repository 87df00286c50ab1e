import type { ExplainerWords } from "./words";

/** "On this page": a link to each section shown, so a long page can be skimmed and jumped. */
export function Contents({
  words,
  sections,
}: {
  words: ExplainerWords;
  sections: ReadonlyArray<{ id: string; title: string }>;
}) {
  const t = words.t("explainer");
  return (
    <nav aria-labelledby="contents-heading" className="mt-8 rounded-card border border-line bg-paper p-4">
      <h2 id="contents-heading" className="font-bold">
        {t("contents")}
      </h2>
      {/* Columns fill top to bottom, so the links read in page order. */}
      <ul className="mt-2 gap-x-6 sm:columns-2">
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`} className="inline-block py-1 text-primary underline">
              {section.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
