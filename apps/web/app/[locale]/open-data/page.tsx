import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { type AppLocale, isAppLocale, routing } from "@/i18n/routing";
import { feedPath } from "@/lib/feed-urls";
import { DOWNLOADS } from "@/lib/open-data";
import { readDownloadFiles } from "@/lib/open-data-files";
import { tagPage } from "@/lib/page-tags";
import { pageUrl } from "@/lib/site-paths";
import { feedLinkTypes } from "@/lib/social-metadata";

// The open-data page: every download with its format and size, per-record files, and the feeds.
// Sizes are the files' as the staff app's job last wrote them (the job refreshes this page);
// before its first write each file says it is being prepared.

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isAppLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "machine.openData" });
  return {
    title: t("title"),
    description: t("intro"),
    alternates: {
      canonical: pageUrl("/open-data", locale),
      languages: Object.fromEntries(routing.locales.map((other) => [other, pageUrl("/open-data", other)])),
      types: await feedLinkTypes(locale),
    },
  };
}

function kilobytes(bytes: number, locale: AppLocale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(Math.max(0.1, bytes / 1024));
}

export default async function OpenDataPage({ params }: Props) {
  const { locale } = await params;
  if (!isAppLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("machine.openData");
  const manifest = await readDownloadFiles();
  // Every change names open-data, and the files' job refreshes it: the page needs no tag per record.
  await tagPage(null, { shared: ["open-data"] });
  const downloads = DOWNLOADS.map((download) => ({
    ...download,
    bytes: manifest?.files.find((file) => file.path === download.path)?.bytes ?? null,
  }));
  const { measureId, voteId } = manifest?.examples ?? { measureId: null, voteId: null };
  const examples = [
    measureId && `/data/ocd/bills/${encodeURIComponent(measureId)}.json`,
    voteId && `/data/ocd/vote-events/${encodeURIComponent(voteId)}.json`,
  ].filter((path): path is string => Boolean(path));

  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4">{t("intro")}</p>
      <p className="mt-2">{t("explainersNote")}</p>

      <h2 className="mt-8 font-serif text-2xl font-bold">{t("filesTitle")}</h2>
      <ul className="mt-4 space-y-3">
        {downloads.map((download) => (
          <li key={download.path} className="rounded-card border border-line bg-paper p-4">
            <a href={download.path} className="text-lg font-bold text-primary underline">
              {t(`files.${download.key}.name`)}
            </a>
            <p className="mt-1">{t(`files.${download.key}.about`)}</p>
            <p className="mt-1 text-sm text-muted">
              {t(`formats.${download.format}`)} ·{" "}
              {download.bytes === null ? t("preparing") : t("size", { kilobytes: kilobytes(download.bytes, locale) })} ·{" "}
              <code>{download.path}</code>
            </p>
          </li>
        ))}
      </ul>

      {examples.length > 0 && (
        <>
          <h2 className="mt-8 font-serif text-2xl font-bold">{t("perRecordTitle")}</h2>
          <p className="mt-2">{t("perRecord")}</p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {examples.map((path) => (
              <li key={path}>
                <a href={path} className="break-all text-primary underline">
                  {path}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}

      <h2 className="mt-8 font-serif text-2xl font-bold">{t("feedsTitle")}</h2>
      <p className="mt-2">{t("feedsIntro")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>
          <a href={feedPath(locale, { kind: "site" }, "rss")} className="text-primary underline">
            {t("rss")}
          </a>
        </li>
        <li>
          <a href={feedPath(locale, { kind: "site" }, "atom")} className="text-primary underline">
            {t("atom")}
          </a>
        </li>
      </ul>
    </main>
  );
}
