/** Notion caps one text object at 2000 characters: longer text becomes several, split between characters. */
const MAX_TEXT = 2000;

export function richText(text: string): { type: "text"; text: { content: string } }[] {
  const chunks: string[] = [];
  let current = "";
  for (const char of text) {
    if (current.length + char.length > MAX_TEXT) {
      chunks.push(current);
      current = "";
    }
    current += char;
  }
  if (current) chunks.push(current);
  return chunks.map((content) => ({ type: "text", text: { content } }));
}

/** Notion takes at most 100 blocks in one append. */
export const MAX_BLOCKS = 100;

/** Paragraph blocks from text: a blank line starts a new paragraph; single line breaks stay inside one. */
export function paragraphBlocks(text: string) {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "")
    .map((paragraph) => ({ object: "block", type: "paragraph", paragraph: { rich_text: richText(paragraph) } }));
}
