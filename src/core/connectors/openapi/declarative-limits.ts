import { DeclarativeConnectorSchema, DeclarativeEndpointSchema, DeclarativeParamSchema } from "../declarative/declarative-schema";

/**
 * The declarative schema's length limits, read from the schema itself so the importer truncates to what the
 * compiler accepts even if those limits change. The fallbacks are today's values.
 */
export const LIMITS = {
  connectorName: DeclarativeConnectorSchema.shape.name.maxLength ?? 100,
  connectorDescription: DeclarativeConnectorSchema.shape.description.unwrap().maxLength ?? 1000,
  endpointName: DeclarativeEndpointSchema.shape.name.maxLength ?? 100,
  endpointDescription: DeclarativeEndpointSchema.shape.description.unwrap().maxLength ?? 1000,
  bodyDescription: DeclarativeEndpointSchema.shape.body.unwrap().shape.description.unwrap().maxLength ?? 1000,
  paramDescription: DeclarativeParamSchema.shape.description.unwrap().maxLength ?? 500,
  /** Array caps are not readable from a zod 4 schema without its internals; these mirror `.max(…)` in declarative-schema.ts. */
  endpoints: 2000,
  paramsPerEndpoint: 100,
} as const;

/** The declarative param-name pattern (also what a path placeholder must look like to compile). */
export const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** Cuts `text` to `max` characters, ending with "…" when cut, so a long OpenAPI description never fails the schema. */
export function truncateText(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  return `${trimmed.slice(0, max - 1).trimEnd()}…`;
}
