import { isIP } from "node:net";
import { checkServerIdentity, type ConnectionOptions } from "node:tls";
import type { PostgresTarget } from "./connection-string";

/**
 * postgres.js `ssl` for an sslmode. The socket goes to the checked address, not the host name, so the name is
 * given here: as SNI (poolers such as Neon's route by it) and, for verify-full, as the name the certificate must carry.
 */
export function tlsOptionsFor(target: Pick<PostgresTarget, "host" | "sslmode">): false | "prefer" | ConnectionOptions {
  const sni = isIP(target.host) === 0 ? { servername: target.host } : {};
  switch (target.sslmode) {
    case "disable":
      return false;
    case "allow":
    case "prefer":
      // TLS when the server offers it, unverified, else plain: libpq's default.
      return "prefer";
    case "require":
      return { ...sni, rejectUnauthorized: false };
    case "verify-ca":
      return { ...sni, rejectUnauthorized: true, checkServerIdentity: () => undefined };
    case "verify-full":
      return { ...sni, rejectUnauthorized: true, checkServerIdentity: (_name, cert) => checkServerIdentity(target.host, cert) };
  }
}
