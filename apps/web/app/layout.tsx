import type { ReactNode } from "react";
import "./globals.css";

// The <html> element lives in app/[locale]/layout.tsx, where the page's language is known, and
// in app/not-found.tsx for addresses that match no page.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
