import type { Issue } from "@legible/core";
import type { FormValues } from "@/lib/records/fields";

/** What every structured editor takes: a controlled value, and its problems with paths relative to the field. */
export interface StructuredEditorProps {
  name: string;
  label: string;
  value: unknown;
  onChange: (value: unknown) => void;
  onBlur: () => void;
  issues: readonly Issue[];
  formValues?: FormValues;
}
