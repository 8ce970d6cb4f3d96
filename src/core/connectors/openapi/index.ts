export { importOpenApi, type ImportOpenApiOptions, type OpenApiImportResult } from "./import-openapi";
export { OpenApiImportError } from "./openapi-import-error";
export { DEFAULT_SCHEMA_LIMITS, type SchemaLimits } from "./simplify-json-schema";
