/**
 * Stripe's request bodies are `application/x-www-form-urlencoded` with nested keys in brackets, as its own
 * libraries send them: `metadata[order_id]=42`, `line_items[0][price]=price_123`, `expand[]=customer`.
 * - objects nest by key; arrays of objects by index; arrays of plain values as `key[]` (Stripe's documented form);
 * - `undefined`, empty objects and empty arrays are left out; `null` becomes `key=` (an empty value, which is
 *   how Stripe unsets a field); booleans are `true`/`false`; a Date is Unix seconds, Stripe's time format;
 * - every key part and value is percent-encoded except the brackets themselves.
 */
export function encodeStripeForm(params: Record<string, unknown>): string {
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(params)) appendField(pairs, [key], value);
  return pairs.join("&");
}

function appendField(pairs: string[], path: string[], value: unknown): void {
  if (value === undefined) return;
  if (value === null) return void pairs.push(`${encodeKey(path)}=`);
  if (value instanceof Date) return void pairs.push(`${encodeKey(path)}=${Math.floor(value.getTime() / 1000)}`);
  if (Array.isArray(value)) {
    const indexed = value.some((item) => typeof item === "object" && item !== null && !(item instanceof Date));
    value.forEach((item, index) => appendField(pairs, [...path, indexed ? String(index) : ""], item));
    return;
  }
  if (typeof value === "object") {
    for (const [key, nested] of Object.entries(value)) appendField(pairs, [...path, key], nested);
    return;
  }
  if (typeof value === "number" && !Number.isFinite(value)) throw new TypeError(`${encodeKey(path)} is ${value}, which Stripe cannot take.`);
  if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean" && typeof value !== "bigint") {
    throw new TypeError(`${encodeKey(path)} is a ${typeof value}, which cannot be sent in a form.`);
  }
  pairs.push(`${encodeKey(path)}=${encodeURIComponent(String(value))}`);
}

/** ["line_items", "0", "price"] → "line_items[0][price]"; an empty part is "[]". */
function encodeKey([root, ...parts]: string[]): string {
  return encodeURIComponent(root ?? "") + parts.map((part) => `[${encodeURIComponent(part)}]`).join("");
}
