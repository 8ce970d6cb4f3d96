import { inngestHandler } from "@/server/inngest/serve-handler";

export const { GET, POST, PUT } = inngestHandler;
