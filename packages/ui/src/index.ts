export { Notice } from "./notice";
export { PageHeader } from "./page-header";
