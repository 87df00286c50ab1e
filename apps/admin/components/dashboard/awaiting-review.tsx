import Link from "next/link";
import { formatWhen } from "@/lib/form-kit/when";
import { DashboardCard } from "./dashboard-card";

interface Item {
  id: string;
  title: string;
  detail: string[];
  updatedAt: string;
  updatedBy: string | null;
}

const LANGUAGES: Record<string, string> = { en: "English", es: "Spanish" };

/** Explainers submitted for review, each a link to its editor. */
export function AwaitingReview({ items }: { items: readonly Item[] }) {
  return (
    <DashboardCard id="awaiting-review" title="Waiting for review">
      {items.length === 0 ? (
        <p className="mt-2">Nothing is waiting for review.</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {items.map((item) => {
            const [locale = "", , measure = ""] = item.detail;
            return (
              <li key={item.id}>
                <Link href={`/explainers/${encodeURIComponent(item.id)}`} className="font-bold text-primary underline">
                  {item.title}
                </Link>
                <span className="block text-sm text-muted">
                  {LANGUAGES[locale] ?? locale}
                  {measure ? ` · ${measure}` : ""} · submitted {formatWhen(item.updatedAt)}
                  {item.updatedBy ? ` by ${item.updatedBy}` : ""}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </DashboardCard>
  );
}
