/** A pulsing dot and "Live": the page is following a run still in flight. */
export function LiveIndicator() {
  return (
    <span className="inline-flex items-center gap-1.5 text-sky-700 dark:text-sky-300" title="Updating every second">
      <span aria-hidden="true" className="relative flex size-2">
        <span className="absolute inline-flex size-full animate-ping rounded-full bg-sky-400 opacity-75 motion-reduce:hidden" />
        <span className="relative inline-flex size-2 rounded-full bg-sky-500" />
      </span>
      Live
    </span>
  );
}
