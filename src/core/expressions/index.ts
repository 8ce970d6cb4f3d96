export * from "./expression-error";
export * from "./compile-expression";
export * from "./evaluate-expression";
export * from "./template";
export * from "./render-templates";
