import { RecordLink } from "./record-link";
import { ExplainerSection } from "./section";
import type { ExplainerBody, ExplainerPerson, RecordLang } from "./types";
import type { ExplainerWords } from "./words";

/** How one person or body takes part ("Introduced it", "Voted on it"), as a list. */
function Involvement({ words, involvement }: { words: ExplainerWords; involvement: ExplainerPerson["involvement"] }) {
  const t = words.t("explainer.who");
  return (
    <ul className="mt-2 list-disc pl-5">
      {involvement.map((each) => (
        <li key={each}>{t(`involvement.${each}`)}</li>
      ))}
    </ul>
  );
}

/** The people and groups who take part in the measure, and how. */
export function WhosWho({
  words,
  people,
  bodies,
  recordLang,
}: {
  words: ExplainerWords;
  people: ExplainerPerson[];
  bodies: ExplainerBody[];
  recordLang: RecordLang;
}) {
  const t = words.t("explainer.who");
  const sections = words.t("explainer.sections");
  if (people.length === 0 && bodies.length === 0) return null;
  return (
    <ExplainerSection id="who" title={sections("who")}>
      {people.length ? (
        <>
          <h3 className="mt-4 font-bold">{t("people")}</h3>
          <ul className="mt-2 grid gap-3 sm:grid-cols-2">
            {people.map((person) => (
              <li key={person.id ?? person.name} className="rounded-card border border-line bg-paper p-3">
                <p className="font-bold">
                  {person.id ? (
                    <RecordLink words={words} kind="person" id={person.id}>
                      {person.name}
                    </RecordLink>
                  ) : (
                    person.name
                  )}
                </p>
                {person.offices.length ? (
                  <ul className="text-sm text-muted" lang={recordLang}>
                    {person.offices.map((office) => (
                      <li key={`${office.role}-${office.organization}`}>
                        {office.organization ? `${office.role}, ${office.organization}` : office.role}
                      </li>
                    ))}
                  </ul>
                ) : null}
                <Involvement words={words} involvement={person.involvement} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {bodies.length ? (
        <>
          <h3 className="mt-6 font-bold">{t("bodies")}</h3>
          <ul className="mt-2 grid gap-3 sm:grid-cols-2">
            {bodies.map((body) => (
              <li key={body.id} className="rounded-card border border-line bg-paper p-3">
                <p className="font-bold">
                  <RecordLink words={words} kind="body" id={body.id} lang={recordLang}>
                    {body.name}
                  </RecordLink>
                </p>
                {body.seats !== null ? <p className="text-sm text-muted">{t("seats", { count: body.seats })}</p> : null}
                <Involvement words={words} involvement={body.involvement} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </ExplainerSection>
  );
}
