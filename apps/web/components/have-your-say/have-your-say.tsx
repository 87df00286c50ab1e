import { RecordSection } from "@legible/ui/record-section";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { RecordText } from "@/components/records/record-text";
import type { HaveYourSayCitation, HaveYourSayView } from "@/lib/have-your-say";

// "How to have your say" on meeting and measure pages: each part of a body's public-comment
// rules in plain words with its source, or "not on record" when Legible does not have it.

/** Addresses and rooms are copied from the record, in the language it was recorded in. */
const RECORD_LANGUAGE = "en";
const link = "text-primary underline";
const PARTS = ["inPerson", "remote", "written", "signUp", "where"] as const;

export async function HaveYourSay({ view }: { view: HaveYourSayView }) {
  const t = await getTranslations("records.haveYourSay");
  const known = PARTS.some((part) => view[part] !== null);

  const cite = (citation: HaveYourSayCitation) => {
    const source = citation.title ?? t("sourceUnknown");
    const text = citation.locator
      ? t("sourceWithLocator", { source, locator: citation.locator })
      : t("source", { source });
    return (
      <span className="block text-sm text-muted">
        {citation.url ? (
          <a href={citation.url} className={link} rel="nofollow noopener">
            {text}
          </a>
        ) : (
          text
        )}
      </span>
    );
  };

  // A deadline worked out for this meeting, in its own zone, with the instant for machines.
  type Deadline = NonNullable<NonNullable<HaveYourSayView["forMeeting"]>["writtenBy"]>;
  const workedOut = (key: "written.forThisMeeting" | "signUp.forThisMeeting", at: Deadline) => (
    <time dateTime={at.iso}>{t(key, { date: at.date, time: at.time, zone: at.zoneName })}</time>
  );

  const words: Record<(typeof PARTS)[number], ReactNode> = {
    inPerson: view.inPerson ? (
      <>
        <span className="block">{t(view.inPerson.allowed ? "inPerson.yes" : "inPerson.no")}</span>
        {view.inPerson.allowed && view.inPerson.minutesPerSpeaker !== null ? (
          <span className="block">{t("inPerson.minutes", { minutes: view.inPerson.minutesPerSpeaker })}</span>
        ) : null}
        {cite(view.inPerson.citation)}
      </>
    ) : null,
    remote: view.remote ? (
      <>
        <span className="block">{t(view.remote.allowed ? "remote.yes" : "remote.no")}</span>
        {view.remote.allowed && view.remote.link ? (
          <a href={view.remote.link} className={`${link} block`} rel="nofollow noopener">
            {t("remote.link")}
          </a>
        ) : null}
        {cite(view.remote.citation)}
      </>
    ) : null,
    written: view.written ? (
      <>
        <span className="block">{t(view.written.allowed ? "written.yes" : "written.no")}</span>
        {view.written.allowed && view.written.email ? (
          <span className="block">
            {t("written.email")}{" "}
            <a href={`mailto:${view.written.email}`} className={link}>
              {view.written.email}
            </a>
            .
          </span>
        ) : null}
        {view.written.allowed && view.written.link ? (
          <a href={view.written.link} className={`${link} block`} rel="nofollow noopener">
            {t("written.link")}
          </a>
        ) : null}
        {view.written.allowed && view.written.hoursBefore !== null ? (
          <span className="block">{t("written.deadline", { hours: view.written.hoursBefore })}</span>
        ) : null}
        {view.forMeeting?.writtenBy ? (
          <span className="block">{workedOut("written.forThisMeeting", view.forMeeting.writtenBy)}</span>
        ) : null}
        {cite(view.written.citation)}
      </>
    ) : null,
    signUp: view.signUp ? (
      <>
        <span className="block">{view.signUp.how}</span>
        {view.signUp.closesMinutesBefore !== null ? (
          <span className="block">{t("signUp.closes", { minutes: view.signUp.closesMinutesBefore })}</span>
        ) : null}
        {view.forMeeting?.signUpClosesAt ? (
          <span className="block">{workedOut("signUp.forThisMeeting", view.forMeeting.signUpClosesAt)}</span>
        ) : null}
        {cite(view.signUp.citation)}
      </>
    ) : null,
    where: view.where ? (
      <>
        <span className="block">
          <RecordText lang={RECORD_LANGUAGE}>{view.where.address}</RecordText>
        </span>
        {view.where.room ? (
          <span className="block">
            {t("where.room")} <RecordText lang={RECORD_LANGUAGE}>{view.where.room}</RecordText>
          </span>
        ) : null}
        {view.where.link ? (
          <a href={view.where.link} className={`${link} block`} rel="nofollow noopener">
            {t("where.link")}
          </a>
        ) : null}
        {cite(view.where.citation)}
      </>
    ) : null,
  };

  return (
    <RecordSection id="have-your-say" title={t("title")}>
      <p>{t(known ? "intro" : "noneOnRecord", { body: view.bodyName })}</p>
      <dl className="divide-y divide-line rounded-card border border-line bg-paper">
        {PARTS.map((part) => (
          <div key={part} className="grid gap-1 p-3 sm:grid-cols-3 sm:gap-4">
            <dt className="font-bold">{t(`parts.${part}`)}</dt>
            <dd className="sm:col-span-2">{words[part] ?? <span className="text-muted">{t("notOnRecord")}</span>}</dd>
          </div>
        ))}
      </dl>
    </RecordSection>
  );
}
