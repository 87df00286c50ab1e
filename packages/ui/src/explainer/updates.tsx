import { ExplainerSection } from "./section";
import type { ExplainerView } from "./types";
import type { ExplainerWords } from "./words";

/** When the page last changed, and every public correction. */
export function Updates({
  words,
  lastUpdated,
  corrections,
}: {
  words: ExplainerWords;
  lastUpdated: ExplainerView["lastUpdated"];
  corrections: ExplainerView["corrections"];
}) {
  const t = words.t("explainer.updates");
  const sections = words.t("explainer.sections");
  return (
    <ExplainerSection id="updates" title={sections("updates")}>
      <p className="mt-3">
        {t.rich("lastUpdated", {
          date: () => <time dateTime={lastUpdated.publishedAt}>{lastUpdated.date}</time>,
          revision: lastUpdated.revision,
        })}
      </p>
      <h3 className="mt-4 font-bold">{t("corrections")}</h3>
      {corrections.length === 0 ? (
        <p className="mt-1">{t("noCorrections")}</p>
      ) : (
        <ul className="mt-1 space-y-2">
          {corrections.map((correction) => (
            <li key={correction.id}>
              <span className="font-bold">{correction.date}</span>
              {correction.revision !== null ? (
                <span className="text-muted"> ({t("revision", { revision: correction.revision })})</span>
              ) : null}
              : {correction.text}
            </li>
          ))}
        </ul>
      )}
    </ExplainerSection>
  );
}
