import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { CurrentOfficialsView } from "@/lib/browse-views";
import { RecordText } from "../records/record-text";

/** Officials in office today: a section per body (linked), a list per post, each person linked. */
export function OfficialsGroups({ view }: { view: CurrentOfficialsView }) {
  const t = useTranslations("browse.people");
  const lang = view.recordLanguage;
  return (
    <div className="space-y-6">
      {view.groups.map((group) => (
        <section key={group.body.id} aria-labelledby={`body-${group.body.id}`}>
          <h3 id={`body-${group.body.id}`} className="font-serif text-xl font-bold">
            <Link href={`/bodies/${encodeURIComponent(group.body.id)}`} className="text-primary underline">
              <RecordText lang={lang}>{group.body.name}</RecordText>
            </Link>
          </h3>
          <dl className="mt-2 space-y-2">
            {group.posts.map((post) => (
              <div key={post.id ?? "members"}>
                <dt className="font-bold">
                  {post.label ? <RecordText lang={lang}>{post.label}</RecordText> : t("noPost")}
                </dt>
                {post.holders.map((holder) => (
                  <dd key={holder.person.id} className="ml-4">
                    <Link href={`/people/${encodeURIComponent(holder.person.id)}`} className="text-primary underline">
                      <RecordText lang={lang}>{holder.person.name}</RecordText>
                    </Link>
                    {holder.role && holder.role !== post.label ? (
                      <>
                        {", "}
                        <RecordText lang={lang}>{holder.role}</RecordText>
                      </>
                    ) : null}
                    {holder.since ? <span className="text-muted"> ({t("since", { date: holder.since })})</span> : null}
                  </dd>
                ))}
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
