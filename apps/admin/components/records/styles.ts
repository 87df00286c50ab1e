// Moved: inputs and links to the form kit (components/form-kit/styles.ts), buttons to packages/ui
// (`buttonClass`). These names stay until every screen imports those; then this file goes.
import { buttonClass as uiButtonClass } from "@legible/ui/button";

export { controlClass, inputClass, linkClass } from "../form-kit/styles";
export const buttonClass = uiButtonClass("primary");
export const secondaryButtonClass = uiButtonClass("secondary");
export const dangerButtonClass = uiButtonClass("danger");
