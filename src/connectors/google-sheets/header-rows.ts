/**
 * Rows after the first as objects keyed by the first row's cells: `[["Name","Email"],["Jane","j@x.com"]]` →
 * `[{ Name: "Jane", Email: "j@x.com" }]`. The API drops trailing empty cells, so a missing cell is "".
 * An empty or repeated header gets a key of its own (`column_3`, `Email_2`) so no value is lost.
 */
export function rowsByHeader(values: readonly (readonly unknown[])[]): Record<string, unknown>[] {
  const [header = [], ...rows] = values;
  const width = Math.max(header.length, ...rows.map((row) => row.length));
  const keys = headerKeys(header, width);
  return rows.map((row) => Object.fromEntries(keys.map((key, index) => [key, row[index] ?? ""])));
}

function headerKeys(header: readonly unknown[], width: number): string[] {
  const taken = new Set<string>();
  return Array.from({ length: width }, (_, index) => {
    const cell = header[index];
    const base = cell === undefined || cell === null || String(cell).trim() === "" ? `column_${index + 1}` : String(cell).trim();
    let key = base;
    for (let n = 2; taken.has(key); n += 1) key = `${base}_${n}`;
    taken.add(key);
    return key;
  });
}
