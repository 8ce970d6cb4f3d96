/** Must match the textarea's line height (`leading-5`) in CSS pixels. */
const LINE_HEIGHT = 20;

/** Focuses the textarea, selects `start`–`end` and scrolls so the selection sits in the upper third. */
export function revealInTextarea(textarea: HTMLTextAreaElement, start: number, end: number): void {
  textarea.focus({ preventScroll: true });
  textarea.setSelectionRange(start, end);
  const line = textarea.value.slice(0, start).split("\n").length;
  textarea.scrollTop = Math.max(0, (line - 1) * LINE_HEIGHT - textarea.clientHeight / 3);
  textarea.scrollIntoView({ block: "nearest", behavior: "smooth" });
}
