import { bodyVotesRoute as route } from "@/components/records/long-list-route";

// Rendered on first visit, then cached like every page under [locale] (see its layout).
export function generateStaticParams() {
  return [];
}

export const generateMetadata = route.generateMetadata;
export default route.Page;
