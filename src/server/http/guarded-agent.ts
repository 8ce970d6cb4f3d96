import type { LookupFunction } from "node:net";
import { Agent } from "undici";
import { resolveAllowedAddress, type DestinationPolicy } from "./ssrf-guard";

/** An undici Agent whose every connection goes through the SSRF check, on the address actually dialled. */
export function createGuardedAgent(policy: DestinationPolicy): Agent {
  const lookup: LookupFunction = (hostname, options, callback) => {
    resolveAllowedAddress(hostname, policy).then(
      (result) => {
        if (options.all) callback(null, [{ address: result.address, family: result.family }]);
        else callback(null, result.address, result.family);
      },
      (error: Error) => callback(error as NodeJS.ErrnoException, "", 0),
    );
  };
  return new Agent({ connect: { lookup }, headersTimeout: 120_000, bodyTimeout: 120_000 });
}
