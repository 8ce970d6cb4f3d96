import { formatLocation, type Location } from "./location";

/** The document cannot be imported at all; the message says what is wrong and, when known, where. */
export class OpenApiImportError extends Error {
  readonly location: string | undefined;

  constructor(message: string, location?: Location) {
    const where = location === undefined ? undefined : formatLocation(location);
    super(where ? `${where}: ${message}` : message);
    this.name = "OpenApiImportError";
    this.location = where;
  }
}
