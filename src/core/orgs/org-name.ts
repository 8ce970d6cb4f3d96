import { z } from "zod";
import { RESERVED_SLUGS, slugify } from "./slug";

export const orgNameSchema = z
  .string()
  .trim()
  .min(2, "Organization name must be at least 2 characters.")
  .max(64, "Organization name must be at most 64 characters.")
  .refine((name) => slugify(name).length >= 2, "Organization name needs at least two letters or digits.")
  .refine((name) => !RESERVED_SLUGS.has(slugify(name)), "That name is reserved; please choose another.");
