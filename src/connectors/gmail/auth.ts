import { googleOAuth2 } from "../google-oauth";

/** Google sign-in; gmail.modify covers reading, sending, drafting and relabelling, but not permanent deletion. */
export const gmailAuth = googleOAuth2(["https://www.googleapis.com/auth/gmail.modify"]);
