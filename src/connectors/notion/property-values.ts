import { z } from "zod";
import { ConnectorActionError } from "@/core/connectors";
import { richText } from "./rich-text";

export const propertiesInput = z.record(z.string().min(1), z.unknown()).meta({
  description:
    "Property values by property name (case-sensitive). Give plain values — text, a number, true/false, a date (2026-12-01), an option name, a list of names or ids — and they are converted using the property's type; or give Notion's property-value JSON ({ \"select\": { \"name\": \"Todo\" } }), sent as is.",
  examples: [
    { Name: "Buy milk", Status: "Todo", Due: "2026-12-01", Tags: ["home", "errand"], Estimate: 2, Done: false },
    { Name: { title: [{ text: { content: "Buy milk" } }] }, Status: { status: { name: "Todo" } }, Due: { date: { start: "2026-12-01" } } },
  ],
});

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Whether any value is a plain one, so the property types must be read from Notion first. */
export function needsPropertyTypes(values: Record<string, unknown>): boolean {
  return Object.values(values).some((value) => !isPlainObject(value));
}

/** Property name → type, from a database (its schema) or a page (its values): both carry `properties[name].type`. */
export function propertyTypesOf(body: unknown): Record<string, string> {
  const properties = isPlainObject(body) && isPlainObject(body.properties) ? body.properties : {};
  return Object.fromEntries(Object.entries(properties).flatMap(([name, property]) => (isPlainObject(property) && typeof property.type === "string" ? [[name, property.type]] : [])));
}

const COMPUTED = new Set(["formula", "rollup", "created_time", "created_by", "last_edited_time", "last_edited_by", "unique_id", "verification", "button"]);
const LISTS = new Set(["title", "rich_text", "multi_select", "people", "relation", "files"]);

/**
 * Notion property values from the input: objects pass through; plain values become the value of the property's
 * type. `where` names the database or page in messages.
 */
export function toNotionProperties(values: Record<string, unknown>, types: Record<string, string>, where: string): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => {
      if (isPlainObject(value)) return [name, value];
      const type = types[name];
      if (!type) {
        const known = Object.keys(types).map((n) => `"${n}"`).join(", ") || "none";
        throw new ConnectorActionError(`${where} has no property "${name}" (its properties: ${known}); property names are case-sensitive.`);
      }
      if (COMPUTED.has(type)) throw new ConnectorActionError(`"${name}" is a ${type} property of ${where}: Notion computes it, so it cannot be set.`);
      return [name, { [type]: value === null ? (LISTS.has(type) ? [] : type === "checkbox" ? false : null) : convert(name, type, value) }];
    }),
  );
}

function convert(name: string, type: string, value: unknown): unknown {
  const fail = (expected: string): never => {
    throw new ConnectorActionError(`"${name}" is a ${type} property: give ${expected} (got ${JSON.stringify(value)?.slice(0, 60)}).`);
  };
  const text = (): string => (typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : fail("text"));
  const list = (): string[] => {
    const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : fail("a list of names or ids (or a comma-separated text)");
    return items.map((item) => (typeof item === "string" || typeof item === "number" ? String(item).trim() : fail("a list of names or ids"))).filter((item) => item !== "");
  };
  switch (type) {
    case "title":
    case "rich_text":
      return richText(text());
    case "number": {
      const number = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
      return Number.isFinite(number) ? number : fail("a number");
    }
    case "checkbox":
      if (typeof value === "boolean") return value;
      if (value === "true" || value === "false") return value === "true";
      return fail("true or false");
    case "select":
    case "status":
      return { name: text() };
    case "multi_select":
      return list().map((option) => ({ name: option }));
    case "date":
      return { start: text() };
    case "url":
    case "email":
    case "phone_number":
      return text();
    case "people":
      return list().map((id) => ({ object: "user", id }));
    case "relation":
      return list().map((id) => ({ id }));
    case "files":
      // Only external files can be attached by URL; Notion requires a name (at most 100 characters).
      return list().map((url) => ({ name: url.slice(0, 100), type: "external", external: { url } }));
    default:
      return fail(`Notion's property-value JSON for a ${type} property, e.g. { "${type}": … }`);
  }
}
