import { googleOAuth2 } from "../google-oauth";

/** Google sign-in (the same "google" OAuth app as Gmail); the spreadsheets scope reads and writes every sheet the account can open and creates new ones. */
export const googleSheetsAuth = googleOAuth2(["https://www.googleapis.com/auth/spreadsheets"]);
