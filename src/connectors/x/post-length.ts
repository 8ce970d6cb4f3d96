/**
 * A post's length as X counts it (twitter-text v3): every link counts 23 whatever its length, an emoji 2, and a
 * character 1 only in the Latin, Greek, Cyrillic… block and a few punctuation ranges — CJK and others count 2.
 */
export const MAX_POST_LENGTH = 280;
const LINK_LENGTH = 23;
const LINK = /\bhttps?:\/\/[^\s]+|\bwww\.[^\s]+/gi;
const SINGLE_WEIGHT_RANGES: readonly (readonly [number, number])[] = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

function codePointWeight(codePoint: number): number {
  return SINGLE_WEIGHT_RANGES.some(([start, end]) => codePoint >= start && codePoint <= end) ? 1 : 2;
}

export function weightedPostLength(text: string): number {
  let length = 0;
  const withoutLinks = text.normalize("NFC").replace(LINK, () => {
    length += LINK_LENGTH;
    return "";
  });
  for (const { segment } of graphemes.segment(withoutLinks)) {
    if (EMOJI.test(segment)) length += 2;
    else for (const char of segment) length += codePointWeight(char.codePointAt(0)!);
  }
  return length;
}

/** A message saying how much to cut, or undefined when the post fits. */
export function postLengthProblem(text: string): string | undefined {
  const length = weightedPostLength(text);
  if (length <= MAX_POST_LENGTH) return undefined;
  return `the post is ${length} characters as X counts them (each link counts 23, emoji and CJK characters 2); X allows ${MAX_POST_LENGTH}, so shorten it by ${length - MAX_POST_LENGTH}`;
}
