/** The message for a failed credentials sign-in, from the `code` Auth.js passes back. */
export function credentialsErrorMessage(code: string | undefined): string {
  const throttled = /^throttled_(\d+)$/.exec(code ?? "");
  if (throttled) {
    const minutes = Number(throttled[1]);
    return `Too many failed sign-in attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
  }
  return "Invalid email or password.";
}

const REDIRECT_ERRORS: Record<string, string> = {
  OAuthAccountNotLinked:
    "That email already has a Junction account. Sign in the way you did before (for example with your password).",
  AccessDenied: "Access was denied. If you cancelled the sign-in, you can try again.",
  Configuration: "Sign-in is not configured correctly on this server. Please contact your administrator.",
  Verification: "That sign-in link is no longer valid. Please try again.",
  CredentialsSignin: "Invalid email or password.",
};

/** The message for an `?error=` (and `?code=`) Auth.js adds when it sends someone back to the sign-in page. */
export function redirectErrorMessage(error: string | undefined, code?: string): string | null {
  if (!error) return null;
  if (error === "CredentialsSignin") return credentialsErrorMessage(code);
  return REDIRECT_ERRORS[error] ?? "We couldn't sign you in. Please try again.";
}
