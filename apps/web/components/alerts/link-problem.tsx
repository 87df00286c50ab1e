import type { AlertLinkProblem } from "@legible/api/alerts";
import { Notice } from "@legible/ui/notice";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/** What a resident reads when an email's link does not work, and what to do about it. */
export async function LinkProblem({ problem }: { problem: AlertLinkProblem | "off" }) {
  const t = await getTranslations("alerts.problem");
  const say = problem === "expired" ? "expired" : problem === "gone" ? "gone" : problem === "off" ? "off" : "invalid";
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      <Notice tone="warning" live={false} className="mt-4">
        {t(say)}
      </Notice>
      <p className="mt-6">
        <Link href="/" className="underline">
          {t("home")}
        </Link>
      </p>
    </>
  );
}
