export const DEMO_EMAIL = "demo@junction.local";
export const DEMO_PASSWORD = "junction-demo-2026";
export const DEMO_ORG_SLUG = "demo";
