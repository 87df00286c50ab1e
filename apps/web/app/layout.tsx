import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Legible: local laws in plain language", template: "%s · Legible" },
  description: "What a local law does, who voted how, what happens next, and where every fact comes from.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-paper focus:p-2"
        >
          Skip to main content
        </a>
        {children}
      </body>
    </html>
  );
}
