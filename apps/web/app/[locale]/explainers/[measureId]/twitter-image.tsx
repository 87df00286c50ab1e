import { type ExplainerParams, explainerCardImage, explainerCardImageMetadata } from "@/lib/explainer-card-image";

// The explainer's Twitter/X picture: headline, vote result and site name (lib/explainer-card-image.tsx).
export const revalidate = 300;

export function generateImageMetadata({ params }: { params: ExplainerParams }) {
  return explainerCardImageMetadata(params);
}

export default function Image({ params }: { params: ExplainerParams }) {
  return explainerCardImage(params);
}
