import { describe, expect, it } from "vitest";
import { errorDetailOf } from "./error-detail";

const SECRET = "sk_live_canary-51Hq8ZxL2eZvKYlo2C";
/** Like the call redactor's `text`: every occurrence of the call's secret becomes "[redacted]". */
const scrub = (text: string) => text.split(SECRET).join("[redacted]");
const detail = (body: unknown) => errorDetailOf(body, scrub);

describe("errorDetailOf: the API's own message, in the shapes APIs answer with", () => {
  it("GitHub 422 Validation Failed: the message, and the errors array kept as JSON (it names the field)", () => {
    const body = {
      message: "Validation Failed",
      errors: [{ resource: "Issue", code: "missing_field", field: "title" }],
      documentation_url: "https://docs.github.com/rest/issues/issues#create-an-issue",
      status: "422",
    };
    expect(detail(body)).toBe('Validation Failed [{"resource":"Issue","code":"missing_field","field":"title"}]');
  });

  it("GitHub 401: { message } alone", () => {
    expect(detail({ message: "Bad credentials", documentation_url: "https://docs.github.com/rest", status: "401" })).toBe("Bad credentials");
  });

  it("Stripe 402 card_error: error.message with error.code", () => {
    const body = {
      error: {
        charge: "ch_3MtwN1LkdIwHu7ix0Gc2dMNK",
        code: "card_declined",
        decline_code: "generic_decline",
        doc_url: "https://stripe.com/docs/error-codes/card-declined",
        message: "Your card was declined.",
        request_log_url: "https://dashboard.stripe.com/test/logs/req_5EhH2dIBJfxqEB?t=1680524419",
        type: "card_error",
      },
    };
    expect(detail(body)).toBe("Your card was declined. (card_declined)");
  });

  it("Stripe 400: the parameter at fault follows the code; without a code, the error type stands in", () => {
    expect(detail({ error: { code: "parameter_invalid_integer", doc_url: "https://stripe.com/docs/error-codes/parameter-invalid-integer", message: "Invalid integer: abc", param: "amount", type: "invalid_request_error" } })).toBe(
      "Invalid integer: abc (parameter_invalid_integer, amount)",
    );
    expect(detail({ error: { message: "Invalid API Key provided: sk_test_****4242", type: "invalid_request_error" } })).toBe("Invalid API Key provided: sk_test_****4242 (invalid_request_error)");
  });

  it("Google 403 PERMISSION_DENIED: error.message with error.status, not the numeric code that repeats the HTTP status", () => {
    const body = {
      error: {
        code: 403,
        message: "Request had insufficient authentication scopes.",
        errors: [{ message: "Insufficient Permission", domain: "global", reason: "insufficientPermissions" }],
        status: "PERMISSION_DENIED",
        details: [{ "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: "ACCESS_TOKEN_SCOPE_INSUFFICIENT", domain: "googleapis.com", metadata: { service: "gmail.googleapis.com" } }],
      },
    };
    expect(detail(body)).toBe("Request had insufficient authentication scopes. (PERMISSION_DENIED)");
  });

  it("X problem details: detail over title, and the errors array kept", () => {
    expect(detail({ title: "Unauthorized", type: "about:blank", status: 401, detail: "Unauthorized" })).toBe("Unauthorized");
    const invalid = {
      errors: [{ parameters: { ids: [""] }, message: "The `ids` query parameter value [] is not valid" }],
      title: "Invalid Request",
      detail: "One or more parameters to your request was invalid.",
      type: "https://api.twitter.com/2/problems/invalid-request",
    };
    expect(detail(invalid)).toBe('One or more parameters to your request was invalid. [{"parameters":{"ids":[""]},"message":"The `ids` query parameter value [] is not valid"}]');
    expect(detail({ title: "Too Many Requests", type: "about:blank", status: 429 })).toBe("Too Many Requests");
  });

  it("Salesforce's array: each message with its errorCode", () => {
    expect(detail([{ message: "Session expired or invalid", errorCode: "INVALID_SESSION_ID" }])).toBe("Session expired or invalid (INVALID_SESSION_ID)");
    const twoFields = [
      { message: "Required fields are missing: [Name]", errorCode: "REQUIRED_FIELD_MISSING", fields: ["Name"] },
      { message: "Close Date: invalid date: 2025-13-01", errorCode: "INVALID_TYPE_ON_FIELD_IN_RECORD", fields: ["CloseDate"] },
    ];
    expect(detail(twoFields)).toBe("Required fields are missing: [Name] (REQUIRED_FIELD_MISSING); Close Date: invalid date: 2025-13-01 (INVALID_TYPE_ON_FIELD_IN_RECORD)");
  });

  it("OAuth invalid_grant: error_description with the error code; a bare error code alone; a code the description already names once", () => {
    expect(detail({ error: "invalid_grant", error_description: "Token has been expired or revoked." })).toBe("Token has been expired or revoked. (invalid_grant)");
    expect(detail({ error: "invalid_client" })).toBe("invalid_client");
    expect(detail({ error: "invalid_grant", error_description: "invalid_grant: refresh token revoked" })).toBe("invalid_grant: refresh token revoked");
  });

  it("HubSpot 409 CONFLICT: the message with HubSpot's category", () => {
    const body = { status: "error", message: "Contact already exists. Existing ID: 85412367501", correlationId: "8f2c1f1e-6a0b-4f6d-9a53-0c9d7e1b2a44", category: "CONFLICT" };
    expect(detail(body)).toBe("Contact already exists. Existing ID: 85412367501 (CONFLICT)");
  });

  it("Notion 404 object_not_found: the whole sentence with Notion's code", () => {
    const body = {
      object: "error",
      status: 404,
      code: "object_not_found",
      message: "Could not find database with ID: 668d797c-76fa-4934-9b05-ad288df2d136. Make sure the relevant pages and databases are shared with your integration.",
      request_id: "a5e9c8a2-8d5f-4b6e-9c1d-2f3a4b5c6d7e",
    };
    expect(detail(body)).toBe(
      "Could not find database with ID: 668d797c-76fa-4934-9b05-ad288df2d136. Make sure the relevant pages and databases are shared with your integration. (object_not_found)",
    );
  });

  it("GraphQL and JSON:API: the messages of a top-level errors array", () => {
    expect(detail({ errors: [{ message: "Syntax Error: Expected Name, found <EOF>.", locations: [{ line: 1, column: 8 }], extensions: { code: "GRAPHQL_PARSE_FAILED" } }] })).toBe(
      "Syntax Error: Expected Name, found <EOF>.",
    );
    expect(detail({ errors: [{ status: "422", code: "too_short", title: "Invalid Attribute", detail: "First name must contain at least two characters.", source: { pointer: "/data/attributes/firstName" } }] })).toBe(
      "First name must contain at least two characters. (too_short)",
    );
  });

  it("NestJS validation: every message of a message list", () => {
    expect(detail({ statusCode: 400, message: ["email must be an email", "name should not be empty"], error: "Bad Request" })).toBe("email must be an email; name should not be empty (Bad Request)");
  });
});

describe("errorDetailOf: bodies of no known shape", () => {
  it("a plain-text body, its whitespace collapsed", () => {
    expect(detail("upstream connect error or disconnect/reset before headers.\n  reset reason: connection termination\n")).toBe(
      "upstream connect error or disconnect/reset before headers. reset reason: connection termination",
    );
  });

  it("JSON of no known shape, as JSON", () => {
    expect(detail({ ok: false, reason: { kind: "quota", remaining: 0 } })).toBe('{"ok":false,"reason":{"kind":"quota","remaining":0}}');
  });

  it("an HTML error page: its visible text, without markup, scripts or styles; its title when the body shows nothing", () => {
    const nginx = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    expect(detail(nginx)).toBe("502 Bad Gateway nginx");
    const google =
      '<!DOCTYPE html>\n<html lang=en>\n  <meta charset=utf-8>\n  <title>Error 404 (Not Found)!!1</title>\n  <style>*{margin:0;padding:0}html,code{font:15px/22px arial,sans-serif}</style>\n  <a href=//www.google.com/><span id=logo aria-label=Google></span></a>\n  <p><b>404.</b> <ins>That&#8217;s an error.</ins>\n  <p>The requested URL <code>/v1/nope</code> was not found on this server.  <ins>That&rsquo;s all we know.</ins>\n';
    expect(detail(google)).toBe("404. That’s an error. The requested URL /v1/nope was not found on this server. That’s all we know.");
    expect(detail("<!doctype html><html><head><title>Service Unavailable</title><script>window.retry = 30;</script></head><body></body></html>")).toBe("Service Unavailable");
  });

  it("a text that merely starts with a tag-like word is not taken for HTML", () => {
    expect(detail("<id> must be a number")).toBe("<id> must be a number");
  });

  it("an empty answer: no details", () => {
    expect(detail("")).toBe("no details");
    expect(detail("  \n ")).toBe("no details");
    expect(detail(null)).toBe("no details"); // an empty JSON body
    expect(detail(undefined)).toBe("no details");
  });
});

describe("errorDetailOf: secrets never shown", () => {
  it("a secret the API echoes in its message is scrubbed", () => {
    expect(detail({ error: { message: `Invalid API Key provided: ${SECRET}`, type: "invalid_request_error" } })).toBe("Invalid API Key provided: [redacted] (invalid_request_error)");
  });

  it("a secret holding quotes and backslashes is scrubbed where the detail quotes JSON (validation errors, unknown shapes)", () => {
    const password = 'pw"canary\\9f3e';
    const scrubPassword = (text: string) => text.split(password).join("[redacted]");
    // JSON.stringify would spell it pw\"canary\\9f3e, which a scrub of the finished text no longer finds.
    const validation = errorDetailOf({ message: "Validation Failed", errors: [{ field: "password", value: password, code: "too_weak" }] }, scrubPassword);
    expect(validation).toBe('Validation Failed [{"field":"password","value":"[redacted]","code":"too_weak"}]');
    expect(errorDetailOf({ received: { authorization: `Basic ${password}` } }, scrubPassword)).toBe('{"received":{"authorization":"Basic [redacted]"}}');
    expect(errorDetailOf({ [password]: "as a key" }, scrubPassword)).toBe('{"[redacted]":"as a key"}');
    expect(validation + errorDetailOf({ received: password }, scrubPassword)).not.toContain("canary");
  });

  it("a secret an HTML page spells with entities is scrubbed once decoded", () => {
    const secret = "tok&en<canary>";
    expect(errorDetailOf("<html><body><p>Bad token tok&amp;en&lt;canary&gt;</p></body></html>", (text) => text.split(secret).join("[redacted]"))).toBe("Bad token [redacted]");
  });

  it("a secret straddling the length limit is scrubbed before the cut, never cut in half", () => {
    const shown = detail({ message: `${"x".repeat(280)} ${SECRET} and more words after it` });
    expect(shown).toBe(`${"x".repeat(280)} [redacted] and…`);
    expect(shown).not.toContain("sk_live");
  });
});

describe("errorDetailOf: length", () => {
  it("a very long message is capped at 300 characters, cut after a whole word, with …", () => {
    const sentence = "The request could not be completed because the workspace has reached the maximum number of automations allowed on its current plan. ";
    const shown = detail({ message: sentence.repeat(5).trim() });
    expect(shown.length).toBeLessThanOrEqual(300);
    expect(shown).toBe(`${sentence.repeat(2)}The request could not be completed…`);
  });

  it("one very long word is cut at the limit", () => {
    const shown = detail(`token=${"A".repeat(400)}`);
    expect(shown).toBe(`token=${"A".repeat(293)}…`);
    expect(shown).toHaveLength(300);
  });

  it("a shorter limit when asked", () => {
    expect(errorDetailOf({ message: "Contact already exists. Existing ID: 85412367501" }, scrub, 30)).toBe("Contact already exists.…");
  });
});
