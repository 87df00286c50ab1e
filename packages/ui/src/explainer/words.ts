import type { Locale } from "@legible/core";
import type { ReactNode } from "react";
import { createTranslator } from "use-intl/core";
import { SHARED_MESSAGES } from "../messages";

/** Values a message fills in; a rich message's tags (`<date></date>`) take a function. */
type Values = Record<string, string | number | ((chunks: ReactNode) => ReactNode)>;

/** Says one message of a namespace, with its `{placeholders}` filled in. */
export interface Translate {
  (key: string, values?: Record<string, string | number>): string;
  /** For messages with tags: `<date></date>` becomes what the `date` function returns. */
  rich(key: string, values?: Values): ReactNode;
}

/** The records the explainer links to, each to its own page. */
export type RecordKind = "measure" | "vote" | "person" | "body";

/**
 * Everything the explainer says in words, and where its links go, for one language. Both apps
 * build it with {@link explainerWords}: the public site with its own addresses, the staff
 * preview with the public site's, so the two pages cannot word a thing differently.
 */
export interface ExplainerWords {
  locale: Locale;
  /** A translator of one namespace of the shared messages: "explainer.vote", "votes", "inferred". */
  t(namespace: string): Translate;
  /** The address of a record's own page in this language. */
  recordHref(kind: RecordKind, id: string): string;
}

/** The time zone the messages' dates are read in (they carry none: dates arrive formatted). */
const TIME_ZONE = "America/Los_Angeles";

/** The explainer's words in `locale`, from the shared catalogue (messages/<locale>/*.json). */
export function explainerWords(locale: Locale, recordHref: ExplainerWords["recordHref"]): ExplainerWords {
  const translators = new Map<string, Translate>();
  return {
    locale,
    recordHref,
    t(namespace) {
      let translate = translators.get(namespace);
      if (!translate) {
        // Keys are checked by the catalogue's own test and the pages' browser specs, not by
        // types: namespaces are chosen at run time.
        translate = createTranslator({
          locale,
          messages: SHARED_MESSAGES[locale],
          namespace: namespace as never,
          timeZone: TIME_ZONE,
        }) as unknown as Translate;
        translators.set(namespace, translate);
      }
      return translate;
    },
  };
}
