/** The generic HMAC-SHA256 settings as the form holds them: text fields, empty meaning "not used". */
export interface HmacSettings {
  header: string;
  encoding: "hex" | "base64";
  prefix: string;
  timestampHeader: string;
  idHeader: string;
}

export const DEFAULT_HMAC_SETTINGS: HmacSettings = { header: "x-signature", encoding: "hex", prefix: "", timestampHeader: "", idHeader: "" };

/** What the API takes: empty optional fields left out. */
export function hmacConfigInput(settings: HmacSettings) {
  const optional = (value: string) => (value.trim() === "" ? undefined : value.trim());
  return {
    header: settings.header.trim(),
    encoding: settings.encoding,
    prefix: optional(settings.prefix),
    timestampHeader: optional(settings.timestampHeader),
    idHeader: optional(settings.idHeader),
  };
}

export function hmacSettingsOf(config: { header?: string; encoding?: "hex" | "base64"; prefix?: string; timestampHeader?: string; idHeader?: string } | null): HmacSettings {
  return {
    header: config?.header ?? DEFAULT_HMAC_SETTINGS.header,
    encoding: config?.encoding ?? "hex",
    prefix: config?.prefix ?? "",
    timestampHeader: config?.timestampHeader ?? "",
    idHeader: config?.idHeader ?? "",
  };
}

/** Event names typed as a list separated by commas, spaces or new lines. */
export function parseEvents(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).map((event) => event.trim()).filter(Boolean))];
}
