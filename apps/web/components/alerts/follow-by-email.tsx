import { ALERT_SEARCH_MAX_LENGTH, type AlertScope } from "@legible/core";
import { getLocale, getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";

/**
 * "Follow by email": a plain POST form (works without JavaScript) to /alerts/subscribe with the
 * address, how often, and what to follow. The answer is the same page whatever the address.
 */
export async function FollowByEmail({ scope, target }: { scope: AlertScope; target: string }) {
  if (scope === "search" && (!target.trim() || target.length > ALERT_SEARCH_MAX_LENGTH)) return null;
  const t = await getTranslations("alerts.follow");
  const locale = await getLocale();
  const id = `follow-${scope}`;
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10 rounded-card border-2 border-line p-4">
      <h2 id={`${id}-heading`} className="font-serif text-xl font-bold">
        {t("heading")}
      </h2>
      <p className="mt-1">{t(`intro.${scope}`, { query: target })}</p>
      <form action={getPathname({ href: "/alerts/subscribe", locale })} method="post" className="mt-3 space-y-3">
        <input type="hidden" name="scope" value={scope} />
        <input type="hidden" name="target" value={target} />
        <div>
          <label htmlFor={`${id}-email`} className="block font-bold">
            {t("email")}
          </label>
          <p id={`${id}-email-hint`} className="text-sm text-muted">
            {t("emailHint")}
          </p>
          <input
            id={`${id}-email`}
            name="email"
            type="email"
            required
            maxLength={254}
            autoComplete="email"
            aria-describedby={`${id}-email-hint`}
            className="mt-1 min-h-11 w-full max-w-md rounded-card border-2 border-ink bg-paper px-3 py-2 text-lg"
          />
        </div>
        <fieldset>
          <legend className="font-bold">{t("frequency")}</legend>
          {(["immediate", "daily"] as const).map((frequency) => (
            <div key={frequency} className="flex items-center gap-2">
              <input
                id={`${id}-${frequency}`}
                type="radio"
                name="frequency"
                value={frequency}
                defaultChecked={frequency === "immediate"}
                className="size-5"
              />
              <label htmlFor={`${id}-${frequency}`}>{t(frequency)}</label>
            </div>
          ))}
        </fieldset>
        <button
          type="submit"
          className="min-h-11 rounded-card bg-primary px-5 py-2 font-bold text-paper hover:bg-primary-dark"
        >
          {t("submit")}
        </button>
      </form>
    </section>
  );
}
