import { cn } from "@/components/ui/cn";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDuration } from "./format-duration";
import type { HttpCall } from "./http-calls";

function statusClass(status: number): string {
  if (status >= 500) return "text-destructive";
  if (status >= 400) return "text-amber-700 dark:text-amber-400";
  if (status >= 300) return "text-sky-700 dark:text-sky-400";
  return "text-emerald-700 dark:text-emerald-400";
}

/** The HTTP calls one step made: method, URL, status, duration and error. */
export function HttpCallsTable({ calls }: { calls: readonly HttpCall[] }) {
  if (calls.length === 0) return <p className="py-2 text-sm text-muted-foreground">This attempt made no HTTP calls.</p>;
  return (
    <div className="overflow-hidden rounded-md border">
      <Table aria-label="HTTP calls">
        <TableHeader className="bg-muted/40">
          <TableRow className="hover:bg-transparent">
            <TableHead className="pl-3">Method</TableHead>
            <TableHead>URL</TableHead>
            <TableHead>Status</TableHead>
            <TableHead>Duration</TableHead>
            <TableHead className="pr-3">Error</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {calls.map((call, index) => (
            <TableRow key={`${call.method}-${call.url}-${index}`}>
              <TableCell className="pl-3 font-mono text-xs font-semibold">{call.method}</TableCell>
              <TableCell className="max-w-48">
                <span className="block truncate font-mono text-xs" title={call.url}>
                  {call.url}
                </span>
              </TableCell>
              <TableCell className="font-mono text-xs tabular-nums">
                {call.status === undefined ? (
                  <span className="text-muted-foreground">—</span>
                ) : (
                  <span className={cn("font-semibold", statusClass(call.status))}>{call.status}</span>
                )}
              </TableCell>
              <TableCell className="text-xs tabular-nums">
                {call.durationMs === undefined ? "—" : formatDuration(call.durationMs)}
              </TableCell>
              <TableCell className="min-w-28 pr-3 whitespace-normal">
                {call.error ? (
                  <span className="line-clamp-2 text-xs break-words text-destructive" title={call.error}>
                    {call.error}
                  </span>
                ) : (
                  <span className="text-xs text-muted-foreground">—</span>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
