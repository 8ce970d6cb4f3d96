import { CredentialsSignin } from "next-auth";

/** Wrong email or password (never says which). */
export class InvalidCredentials extends CredentialsSignin {
  code = "invalid_credentials";
}

/** Too many failures for this address; `code` carries the wait in minutes for the sign-in page. */
export class SignInThrottled extends CredentialsSignin {
  constructor(minutes: number) {
    super();
    this.code = `throttled_${minutes}`;
  }
}
