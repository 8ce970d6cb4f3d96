export * from "./auth";
export * from "./organizations";
export * from "./invitations";
export * from "./audit-logs";
export * from "./workflows";
export * from "./runs";
export * from "./schedules";
export * from "./connections";
