import { longListRoute } from "../../../../../../components/records/long-list-route";
import { SourcesList } from "../../../../../../components/records/sources-list";
import { StatementList } from "../../../../../../components/records/statement-list";
import { loadStatements } from "../../../../../../lib/record-loaders";

const route = longListRoute({
  list: "statements",
  path: "statements",
  load: (id, locale, page) => loadStatements("body", id, locale, page),
  render: (view) => ({
    items: <StatementList statements={view.statements} recordLanguage={view.recordLanguage} show="measure" />,
    after: <SourcesList sources={view.sources} recordLanguage={view.recordLanguage} />,
  }),
});

// Rendered on first visit, then cached like every page under [locale] (see its layout).
export function generateStaticParams() {
  return [];
}

export const generateMetadata = route.generateMetadata;
export default route.Page;
