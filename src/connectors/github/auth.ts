import type { AuthSpec } from "@/core/connectors";

/** Sign in with GitHub (an OAuth app; client id and secret from OAUTH_GITHUB_CLIENT_ID / _CLIENT_SECRET). */
export const githubOAuth: AuthSpec = {
  type: "oauth2",
  oauth: {
    app: "github",
    grant: "authorization_code",
    authorizeUrl: "https://github.com/login/oauth/authorize",
    tokenUrl: "https://github.com/login/oauth/access_token",
    // repo: issues, labels and contents of public and private repositories; read:user: the test call (GET /user).
    scopes: ["repo", "read:user"],
    pkce: true,
    clientAuth: "client_secret_post",
  },
};

/** A personal access token, fine-grained or classic; GitHub accepts both as a bearer token. */
export const githubToken: AuthSpec = {
  type: "bearer",
  token: {
    label: "Personal access token",
    description:
      "GitHub → Settings → Developer settings → Personal access tokens. Fine-grained: pick the repositories and grant Issues and Contents (read and write) and Metadata (read). Classic: the repo scope. On GitHub Enterprise Server, create it there.",
    example: "github_pat_11ABCDEFG0aBcDeFgHiJkL_mNoPqRsTuVwXyZ0123456789aBcDeFgHiJkLmNoPqRsTuVwXyZ01234",
  },
};
