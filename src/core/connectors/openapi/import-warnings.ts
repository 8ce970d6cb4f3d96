import { formatLocation, type Location } from "./location";

/** What the import left out or changed, one line each, said once even when many operations hit it. */
export class ImportWarnings {
  readonly list: string[] = [];
  private readonly seen = new Set<string>();

  add(location: Location | undefined, message: string): void {
    const line = location === undefined ? message : `${formatLocation(location)}: ${message}`;
    if (this.seen.has(line)) return;
    this.seen.add(line);
    this.list.push(line);
  }

  /** For warnings about one thing (a recursive schema) that many places run into: only the first place is named. */
  once(key: string, location: Location | undefined, message: string): void {
    if (this.seen.has(`once:${key}`)) return;
    this.seen.add(`once:${key}`);
    this.add(location, message);
  }
}
