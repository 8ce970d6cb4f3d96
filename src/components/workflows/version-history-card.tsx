"use client";

import { LocalDate, RelativeTime } from "@/components/format/time";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { WorkflowVersion } from "./workflow-types";

/** Every published version, newest first; the one new runs use is marked "Live". */
export function VersionHistoryCard({
  versions,
  publishedVersionId,
}: {
  versions: readonly WorkflowVersion[];
  publishedVersionId: string | null;
}) {
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  return (
    <Card className="gap-4">
      <CardHeader>
        <CardTitle>Version history</CardTitle>
        <CardDescription>
          Publishing freezes the saved draft as a new version. Runs always record the version they ran.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {sorted.length === 0 ? (
          <p className="text-sm text-muted-foreground">Not published yet. Publishing creates version 1.</p>
        ) : (
          <ol aria-label="Published versions" className="grid max-h-72 gap-0.5 overflow-y-auto">
            {sorted.map((version) => {
              const live = version.id === publishedVersionId;
              return (
                <li key={version.id} className="flex items-center justify-between gap-3 rounded-md px-1 py-1.5 text-sm">
                  <span className="flex items-center gap-2">
                    <span className="w-9 font-mono text-xs font-semibold">v{version.version}</span>
                    <LocalDate date={version.publishedAt} style="datetime" className="text-muted-foreground" />
                  </span>
                  {live ? (
                    <Badge variant="outline" className="border-emerald-500/30 bg-emerald-500/10 text-emerald-700 dark:text-emerald-300">
                      Live
                    </Badge>
                  ) : (
                    <RelativeTime date={version.publishedAt} className="text-xs text-muted-foreground" />
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
