"use client";

import type { Issue } from "@legible/core";
import type { CollectionConfig } from "@/lib/records/collection";
import { AgendaField } from "../meetings/agenda-field";
import { LinksField } from "../meetings/links-field";
import { LocationField } from "../meetings/location-field";
import { MeetingWhen } from "../meetings/meeting-when";
import { ExternalIds } from "../structured/external-ids";
import { PhraseEditor } from "../structured/phrase-editor";
import { PublicCommentEditor } from "../structured/public-comment-editor";
import { RelatedMeasuresEditor } from "../structured/related-measures-editor";
import { SponsorsEditor } from "../structured/sponsors-editor";
import { TextSectionsEditor } from "../structured/text-sections-editor";
import type { StructuredEditorProps as SharedEditorProps } from "../structured/types";
import { VotingRulesEditor } from "../structured/voting-rules-editor";
import { TallyEditor } from "../votes/tally-editor";

/**
 * What the record form gives every structured editor: the shared controlled interface
 * (../structured/types.ts; react-hook-form's Controller holds the value, issues come relative to
 * the field), and for the few editors that keep a neighbouring field in step (a meeting's start
 * and end follow its time zone; a vote's roll call sits beside its counts) that field's setter
 * and problems.
 */
export interface StructuredEditorProps extends SharedEditorProps {
  setFieldValue?: (name: string, value: unknown) => void;
  /** A neighbouring field's problems, as sentences and as issues with full paths. */
  errorsOf?: (name: string) => readonly string[];
  issuesOf?: (name: string) => readonly Issue[];
}

type CustomComponent = Extract<CollectionConfig["fields"][number], { kind: "custom" }>["component"];

/** The editors of fields no single control can edit, by the name a collection's field gives. */
export function CustomField({ component, ...props }: StructuredEditorProps & { component: CustomComponent }) {
  switch (component) {
    case "voteTally":
      return <TallyEditor {...props} />;
    case "meetingWhen":
      return <MeetingWhen {...props} />;
    case "meetingLocation":
      return <LocationField {...props} />;
    case "meetingAgenda":
      return <AgendaField {...props} />;
    case "meetingDocuments":
    case "meetingMedia":
      return <LinksField {...props} />;
    case "sponsors":
      return <SponsorsEditor {...props} />;
    case "textSections":
      return <TextSectionsEditor {...props} />;
    case "relatedMeasures":
      return <RelatedMeasuresEditor {...props} />;
    case "bodyPhrase":
      return <PhraseEditor {...props} />;
    case "votingRules":
      return <VotingRulesEditor {...props} />;
    case "publicComment":
      return <PublicCommentEditor {...props} />;
    case "externalIds":
      return <ExternalIds {...props} />;
    default:
      return null;
  }
}
