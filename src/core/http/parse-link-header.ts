/**
 * Parses an RFC 8288 `Link` header into rel → URL (the first link of each rel wins). URLs are returned as
 * written; resolve them against the request URL. `rel="next last"` names two relations.
 */
export function parseLinkHeader(header: string | null | undefined): Map<string, string> {
  const links = new Map<string, string>();
  if (!header) return links;
  // A URL in <…> may itself contain commas and semicolons, so match whole link-values rather than splitting.
  const linkValue = /<([^>]*)>((?:\s*;\s*[^;,=\s]+(?:\s*=\s*(?:"[^"]*"|[^;,]*))?)*)/g;
  for (const match of header.matchAll(linkValue)) {
    const [, url = "", params = ""] = match;
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(params);
    for (const name of (rel?.[1] ?? rel?.[2] ?? "").toLowerCase().split(/\s+/).filter(Boolean)) {
      if (!links.has(name)) links.set(name, url.trim());
    }
  }
  return links;
}
