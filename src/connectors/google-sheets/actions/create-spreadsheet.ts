import { z } from "zod";
import { defineAction } from "@/core/connectors";
import { spreadsheetSchema } from "../schemas";

export const createSpreadsheet = defineAction({
  id: "create_spreadsheet",
  name: "Create spreadsheet",
  description: "Create a spreadsheet in the account's Drive, optionally with named sheets; gives its id and URL.",
  input: z.object({
    title: z.string().min(1, "give the spreadsheet a title").meta({ description: "Title of the new spreadsheet", examples: ["Q3 Leads"] }),
    sheetTitles: z.array(z.string().min(1)).default([]).meta({
      description: "Sheets (tabs) to create, in order; without any Google creates Sheet1",
      examples: [["Leads", "Archive"]],
    }),
    locale: z.string().optional().meta({ description: "Locale for number and date formats", examples: ["en_US", "fr_FR"] }),
    timeZone: z.string().optional().meta({ description: "Time zone for date functions, as a tz database name", examples: ["America/New_York"] }),
  }),
  output: spreadsheetSchema,
  request: (input) => ({
    method: "POST",
    path: "/v4/spreadsheets",
    body: {
      properties: { title: input.title, ...(input.locale ? { locale: input.locale } : {}), ...(input.timeZone ? { timeZone: input.timeZone } : {}) },
      ...(input.sheetTitles.length > 0 ? { sheets: input.sheetTitles.map((title) => ({ properties: { title } })) } : {}),
    },
  }),
});
