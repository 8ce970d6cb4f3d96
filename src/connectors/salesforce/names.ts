import { z } from "zod";

// API names: a letter first, then letters and digits joined by single underscores, with at most double underscores
// for a namespace prefix (ns__) and a suffix (__c, __r, __e, __mdt…). No spaces, no trailing underscore.
const API_NAME = /^[A-Za-z][A-Za-z0-9]*(?:__?[A-Za-z0-9]+)*$/;
// Record ids are 15 (case-sensitive) or 18 (case-insensitive) characters.
const RECORD_ID = /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/;

export function isApiName(name: string): boolean {
  return name.length <= 80 && API_NAME.test(name);
}

const apiNameMessage = (what: string, value: string) =>
  `"${value}" is not a Salesforce ${what} API name: use letters, digits and underscores, starting with a letter (custom ones end in __c, e.g. ${what === "object" ? "Invoice__c" : "Region__c"}). Find it in Setup → Object Manager.`;

export const sobjectInput = z
  .string()
  .trim()
  .min(1, "name the object, e.g. Account or Invoice__c")
  .refine(isApiName, { error: (issue) => apiNameMessage("object", String(issue.input)) })
  .meta({ description: "The object's API name (standard or custom)", examples: ["Account", "Contact", "Invoice__c"] });

export const fieldNameInput = (description: string, examples: string[]) =>
  z
    .string()
    .trim()
    .min(1, "name the field")
    .refine(isApiName, { error: (issue) => apiNameMessage("field", String(issue.input)) })
    .meta({ description, examples });

export const recordIdInput = z
  .string()
  .trim()
  .regex(RECORD_ID, "a Salesforce record id is 15 or 18 letters and digits, e.g. 0015g00000XyZaBAAV")
  .meta({ description: "The record's id", examples: ["0015g00000XyZaBAAV"] });

/** Field values of a record, keyed by field API name. */
export const fieldValuesInput = z
  .record(z.string(), z.unknown())
  .superRefine((fields, ctx) => {
    const bad = Object.keys(fields).filter((name) => !isApiName(name));
    if (bad.length > 0) ctx.addIssue({ code: "custom", message: `${bad.map((name) => `"${name}"`).join(", ")} ${bad.length === 1 ? "is not a field API name" : "are not field API names"}: use the API name (e.g. AnnualRevenue, Region__c), not the label.` });
    if (Object.keys(fields).length === 0) ctx.addIssue({ code: "custom", message: "give at least one field value" });
  })
  .meta({ description: "Field values keyed by field API name", examples: [{ Name: "Acme Corporation", Industry: "Manufacturing", AnnualRevenue: 25000000 }] });
