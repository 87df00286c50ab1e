import { CastVoteList } from "../../../../../../components/records/cast-vote-list";
import { longListRoute } from "../../../../../../components/records/long-list-route";
import { loadPersonVotes } from "../../../../../../lib/record-loaders";

const route = longListRoute({
  list: "personVotes",
  path: "votes",
  load: loadPersonVotes,
  render: (view, t) => ({
    items: view.votes.length ? (
      <CastVoteList votes={view.votes} recordLanguage={view.recordLanguage} />
    ) : (
      <p>{t("person.votesEmpty", { name: view.owner.name })}</p>
    ),
  }),
});

// Rendered on first visit, then cached like every page under [locale] (see its layout).
export function generateStaticParams() {
  return [];
}

export const generateMetadata = route.generateMetadata;
export default route.Page;
