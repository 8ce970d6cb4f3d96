import { Fragment } from "react";

/** Help text from a connector, with `backticked` parts shown as code. */
export function InlineCode({ text }: { text: string }) {
  const parts = text.split("`");
  // An odd number of backticks leaves the last one unmatched: show the text as written.
  if (parts.length % 2 === 0) return <>{text}</>;
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <code key={index} className="rounded bg-muted px-1 py-0.5 font-mono text-[0.85em] text-foreground">
            {part}
          </code>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}
