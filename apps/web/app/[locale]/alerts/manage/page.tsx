import { alertsCaller } from "@legible/api/alerts";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { AlertsPage, type AlertsPageProps, alertsPageMetadata, tokenFrom } from "@/components/alerts/alerts-page";
import { LinkProblem } from "@/components/alerts/link-problem";
import { getPathname } from "@/i18n/navigation";

export const dynamic = "force-dynamic";

type Props = AlertsPageProps;

export const generateMetadata = alertsPageMetadata("alerts.manage");

const button = "min-h-11 rounded-card bg-primary px-4 py-2 font-bold text-paper hover:bg-primary-dark";
const quiet = "min-h-11 rounded-card border-2 border-ink bg-paper px-4 py-2 font-bold";

/** Reached from any alert email: every alert of the address, how often, stop, download, delete. */
export default async function ManagePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("alerts");
  const token = await tokenFrom(searchParams);
  const caller = await alertsCaller(null);
  const result = caller ? await caller.manage({ token }) : null;
  if (result?.state !== "ok") {
    return (
      <AlertsPage>
        <LinkProblem problem={result?.problem ?? "off"} />
      </AlertsPage>
    );
  }
  const action = getPathname({ href: "/alerts/update", locale: await getLocale() });
  return (
    <AlertsPage>
      <h1 className="font-serif text-3xl font-bold">{t("manage.title")}</h1>
      <p className="mt-4">{t("manage.intro")}</p>
      {result.subscriptions.length === 0 ? <p className="mt-6">{t("manage.none")}</p> : null}
      <ul className="mt-6 space-y-6">
        {result.subscriptions.map((subscription) => {
          const thing = t(`kinds.${subscription.scope as "measure"}`, { name: subscription.name });
          return (
            <li key={subscription.id} className="rounded-card border-2 border-line p-4">
              <h2 className="text-xl font-bold">
                <a href={subscription.path} className="underline">
                  {thing}
                </a>
              </h2>
              {subscription.confirmed ? null : <p className="text-muted">{t("manage.waiting")}</p>}
              <form action={action} method="post" className="mt-3">
                <input type="hidden" name="token" value={token} />
                <input type="hidden" name="subscription" value={subscription.id} />
                <input type="hidden" name="action" value="frequency" />
                <fieldset>
                  <legend className="font-bold">{t("manage.frequency", { thing })}</legend>
                  {(["immediate", "daily"] as const).map((frequency) => (
                    <div key={frequency} className="flex items-center gap-2">
                      <input
                        id={`${subscription.id}-${frequency}`}
                        type="radio"
                        name="frequency"
                        value={frequency}
                        defaultChecked={subscription.frequency === frequency}
                        className="size-5"
                      />
                      <label htmlFor={`${subscription.id}-${frequency}`}>{t(`follow.${frequency}`)}</label>
                    </div>
                  ))}
                </fieldset>
                <button type="submit" className={`mt-2 ${button}`}>
                  {t("manage.save")}
                </button>
              </form>
              <form action={action} method="post" className="mt-3">
                <input type="hidden" name="token" value={token} />
                <input type="hidden" name="subscription" value={subscription.id} />
                <input type="hidden" name="action" value="remove" />
                <button type="submit" className={quiet} aria-label={`${t("manage.stop")}: ${thing}`}>
                  {t("manage.stop")}
                </button>
              </form>
            </li>
          );
        })}
      </ul>
      <p className="mt-8">
        <a
          href={`${getPathname({ href: "/alerts/export", locale })}?token=${encodeURIComponent(token)}`}
          className="font-bold underline"
          download="legible-alerts.json"
        >
          {t("manage.export")}
        </a>
      </p>
      <section aria-labelledby="delete-heading" className="mt-8">
        <h2 id="delete-heading" className="text-xl font-bold">
          {t("manage.deleteHeading")}
        </h2>
        <p className="mt-2">{t("manage.deleteBody")}</p>
        <form action={action} method="post" className="mt-3">
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="action" value="delete-everything" />
          <button type="submit" className={quiet}>
            {t("manage.delete")}
          </button>
        </form>
      </section>
    </AlertsPage>
  );
}
