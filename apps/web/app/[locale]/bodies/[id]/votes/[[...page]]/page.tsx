import { longListRoute } from "../../../../../../components/records/long-list-route";
import { VoteSummaryList } from "../../../../../../components/records/vote-summary-list";
import { loadBodyVotes } from "../../../../../../lib/record-loaders";

const route = longListRoute({
  list: "bodyVotes",
  path: "votes",
  load: loadBodyVotes,
  render: (view, t) => ({
    items: view.votes.length ? (
      <VoteSummaryList votes={view.votes} recordLanguage={view.recordLanguage} showBody={false} />
    ) : (
      <p>{t("body.votesEmpty")}</p>
    ),
  }),
});

// Rendered on first visit, then cached like every page under [locale] (see its layout).
export function generateStaticParams() {
  return [];
}

export const generateMetadata = route.generateMetadata;
export default route.Page;
