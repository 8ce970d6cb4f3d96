import { describe, expect, it } from "vitest";
import { parseConnectionString } from "./connection-string";
import { tlsOptionsFor } from "./tls-options";

const CANARY = "canary-Pa55@word";

describe("parseConnectionString", () => {
  it("reads a URL: encoded password, port, database, sslmode, passed-on parameters", () => {
    expect(parseConnectionString(`postgres://app:${encodeURIComponent(CANARY)}@db.example.com:6543/shop?sslmode=require&application_name=etl&options=-c%20search_path%3Dsales`)).toEqual({
      host: "db.example.com",
      port: 6543,
      database: "shop",
      user: "app",
      password: CANARY,
      sslmode: "require",
      connectTimeoutSeconds: 10,
      parameters: { application_name: "etl", options: "-c search_path=sales" },
    });
  });

  it("defaults like libpq: port 5432, database = user, sslmode prefer; sslrootcert=system means verify-full", () => {
    expect(parseConnectionString("postgresql://app@db.example.com")).toMatchObject({ port: 5432, database: "app", password: "", sslmode: "prefer" });
    expect(parseConnectionString("postgres://app@db.example.com/app?sslrootcert=system").sslmode).toBe("verify-full");
    expect(parseConnectionString("postgres://app@[2001:db8::10]:5433/app")).toMatchObject({ host: "2001:db8::10", port: 5433 });
    // Neon's strings carry channel_binding, which a TCP client without SCRAM-PLUS ignores.
    expect(parseConnectionString("postgresql://neondb_owner:pw@ep-cool-darkness-123456.us-east-2.aws.neon.tech/neondb?sslmode=require&channel_binding=require")).toMatchObject({ sslmode: "require", parameters: {} });
  });

  it("reads libpq key=value settings, quoted values included", () => {
    expect(parseConnectionString(`host=db.example.com port=5433 dbname=shop user=app password='it\\'s ok' sslmode=verify-full connect_timeout=5`)).toMatchObject({
      host: "db.example.com",
      port: 5433,
      database: "shop",
      user: "app",
      sslmode: "verify-full",
      connectTimeoutSeconds: 5,
    });
    expect(parseConnectionString(`host=db.example.com user=app password='a \\'quoted\\' secret'`).password).toBe("a 'quoted' secret");
  });

  it("refuses Unix sockets in every spelling", () => {
    for (const text of [
      "host=/var/run/postgresql dbname=app user=app",
      "postgres:///app?host=/var/run/postgresql&user=app",
      "postgres://app@%2Fvar%2Frun%2Fpostgresql/app",
      "host=@abstract user=app",
    ]) {
      expect(() => parseConnectionString(text), text).toThrow(/names a Unix socket .*Junction connects over TCP only/);
    }
  });

  it("refuses what it cannot honour, without quoting the string", () => {
    const secret = encodeURIComponent(CANARY);
    const cases: [string, RegExp][] = [
      [`postgres://app:${secret}x@db1.example.com:5432,db2.example.com:5432/app`, /several hosts/],
      [`postgres://app:${secret}@/app`, /names no host/],
      [`postgres://:${secret}@db.example.com/app`, /names no user/],
      [`postgres://app:${secret}@db.example.com/app?sslmode=verify-ca&sslrootcert=/etc/ssl/ca.pem`, /certificate file/],
      [`postgres://app:${secret}@db.example.com/app?sslmode=sometimes`, /sslmode "sometimes"/],
      [`postgres://app:${secret}@db.example.com:99999/app`, /not a valid URL|port/],
      [`postgres://app:${secret}@db.example.com/app?sslkey=/tmp/key.pem`, /setting Junction does not support \("sslkey"\)/],
      [`mysql://app:${secret}@db.example.com/app`, /neither a postgres:\/\/ URL nor/],
      [`host=db.example.com password='${CANARY}`, /could not be read after character/],
    ];
    for (const [text, problem] of cases) {
      let message = "";
      try {
        parseConnectionString(text);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message, text).toMatch(problem);
      expect(message).not.toContain("canary");
    }
  });
});

describe("tlsOptionsFor", () => {
  it("maps sslmode to postgres.js ssl, with the host name for SNI and verification", () => {
    expect(tlsOptionsFor({ host: "db.example.com", sslmode: "disable" })).toBe(false);
    expect(tlsOptionsFor({ host: "db.example.com", sslmode: "prefer" })).toBe("prefer");
    expect(tlsOptionsFor({ host: "db.example.com", sslmode: "require" })).toEqual({ servername: "db.example.com", rejectUnauthorized: false });
    expect(tlsOptionsFor({ host: "203.0.113.7", sslmode: "require" })).toEqual({ rejectUnauthorized: false });
    const full = tlsOptionsFor({ host: "db.example.com", sslmode: "verify-full" });
    expect(full).toMatchObject({ servername: "db.example.com", rejectUnauthorized: true });
    // The certificate is checked against the host name, not the address the socket went to.
    const check = (full as { checkServerIdentity: (name: string, cert: object) => Error | undefined }).checkServerIdentity;
    expect(check("203.0.113.7", { subject: { CN: "db.example.com" }, subjectaltname: "DNS:db.example.com" })).toBeUndefined();
    expect(check("203.0.113.7", { subject: { CN: "evil.example.net" }, subjectaltname: "DNS:evil.example.net" })).toBeInstanceOf(Error);
  });
});
