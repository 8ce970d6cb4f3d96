/** "Ada Lovelace" → "AL", "ada@example.com" → "AD", "" → "?". */
export function initialsOf(name: string | null | undefined, fallback?: string | null): string {
  const source = (name ?? "").trim() || (fallback ?? "").trim();
  if (!source) return "?";
  const words = source
    .split(/[\s@._-]+/)
    .filter(Boolean)
    .slice(0, 2);
  if (words.length >= 2 && name?.trim()) return words.map((w) => w[0] ?? "").join("").toUpperCase();
  return source.replace(/[^\p{L}\p{N}]/gu, "").slice(0, 2).toUpperCase() || "?";
}
