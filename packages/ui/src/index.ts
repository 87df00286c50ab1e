// Shared primitives both apps draw their screens with.
export { Badge, type BadgeTone } from "./badge";
export { Button, ButtonLink, type ButtonVariant, buttonClass } from "./button";
export { EmptyState } from "./empty-state";
export { Field, fieldDescription } from "./field";
export { Notice, type NoticeTone } from "./notice";
export { PageHeader } from "./page-header";
export { Pagination, type PaginationWords } from "./pagination";
export { Table, type TableColumn, type TableSelection } from "./table";
