// Moved to the form kit (components/form-kit/field-frame.tsx). This re-export keeps editors still
// being written against the old path working until they import the kit; then it goes.
import { FieldErrors as KitFieldErrors } from "../form-kit/field-frame";

export { FieldFrame, type FieldIds, fieldIds, GroupFrame } from "../form-kit/field-frame";

export function FieldErrors({ ids, errors }: { ids: { error: string }; errors: readonly string[] }) {
  return <KitFieldErrors id={ids.error} messages={errors} />;
}
