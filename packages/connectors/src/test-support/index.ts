export * from "./legistar-server";
