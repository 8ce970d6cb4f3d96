import { afterAll } from "vitest";
import { startEngineGateway, type EngineGateway } from "./engine-gateway";

// Runs before each integration test file's imports, so the Inngest client sees these variables.
const gateway = await startEngineGateway();
process.env.INNGEST_DEV = "1";
process.env.INNGEST_BASE_URL = gateway.url;
(globalThis as { __engineGateway?: EngineGateway }).__engineGateway = gateway;
afterAll(() => gateway.close());
