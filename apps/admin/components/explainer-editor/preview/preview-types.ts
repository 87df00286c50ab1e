/** What the preview knows about a cited source: enough to list it as the public page does. */
export interface PreviewSource {
  id: string;
  title: string;
  publisher: string | null;
  url?: string;
}

/** A statement a perspectives block links to, as the staff list summarises it. */
export interface PreviewStatement {
  id: string;
  text: string;
  /** Stance, speaker and date, as far as they are known. */
  detail: string[];
}
