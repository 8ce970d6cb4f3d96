"use client";

import { ArrowRightIcon, CalendarClockIcon } from "lucide-react";
import Link from "next/link";
import { LocalDate, RelativeTime } from "@/components/format/time";
import { useOrg } from "@/components/shell/org-context";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { isRecord } from "./is-record";
import type { WorkflowDetail } from "./workflow-types";

type Schedule = NonNullable<WorkflowDetail["schedule"]>;

const EXAMPLE_TRIGGER = `"trigger": {
  "kind": "schedule",
  "cron": "0 9 * * 1-5",
  "timezone": "Europe/Paris"
}`;

/**
 * When the published version starts on a schedule: the cadence in words, the next slots in the schedule's own time
 * zone, the last slot fired and whether it is active. Otherwise, how to add one.
 */
export function ScheduleCard({ workflow, draftDefinition }: { workflow: WorkflowDetail; draftDefinition: unknown }) {
  const { href } = useOrg();
  const schedule = workflow.schedule;
  return (
    <Card className="gap-4" data-testid="schedule-card">
      <CardHeader>
        <CardTitle>Schedule</CardTitle>
        <CardDescription>
          {schedule ? "The published version runs on this schedule." : "Runs the published version at set times."}
        </CardDescription>
        {schedule ? (
          <CardAction>
            <ScheduleState schedule={schedule} workflowEnabled={workflow.enabled} />
          </CardAction>
        ) : null}
      </CardHeader>
      <CardContent>
        {schedule ? <ScheduleDetails schedule={schedule} /> : <NoSchedule draftHasSchedule={hasScheduleTrigger(draftDefinition)} />}
      </CardContent>
      {schedule ? (
        <CardFooter>
          <Button variant="outline" size="sm" asChild>
            <Link href={href(`runs?workflow=${workflow.id}`)}>
              Runs of this workflow
              <ArrowRightIcon aria-hidden="true" />
            </Link>
          </Button>
        </CardFooter>
      ) : null}
    </Card>
  );
}

function ScheduleState({ schedule, workflowEnabled }: { schedule: Schedule; workflowEnabled: boolean }) {
  if (schedule.enabled) {
    return (
      <Badge variant="outline" className="border-emerald-500/30 bg-emerald-500/10 text-emerald-700 dark:text-emerald-300">
        Active
      </Badge>
    );
  }
  return (
    <Badge
      variant="outline"
      className="border-amber-500/30 bg-amber-500/10 text-amber-700 dark:text-amber-300"
      title={workflowEnabled ? "The cron pattern has no future time, so nothing will fire." : "The workflow is turned off."}
    >
      Stopped
    </Badge>
  );
}

function ScheduleDetails({ schedule }: { schedule: Schedule }) {
  return (
    <div className="grid gap-4 text-sm">
      <div className="grid gap-1">
        <p className="font-medium">{schedule.description ?? "Custom cron pattern"}</p>
        <p className="text-xs text-muted-foreground">
          <code className="rounded bg-muted px-1 py-0.5 font-mono">{schedule.cron}</code> in{" "}
          <span className="font-medium text-foreground">{schedule.timezone}</span>
        </p>
      </div>
      <div className="grid gap-1.5">
        <h4 className="text-xs font-medium text-muted-foreground">Next runs ({schedule.timezone})</h4>
        {schedule.upcoming.length === 0 ? (
          <p className="text-muted-foreground">None: this schedule will not fire again.</p>
        ) : (
          <ol aria-label="Next runs" className="grid gap-1">
            {schedule.upcoming.map((slot) => (
              <li key={slot.toISOString()} className="flex items-baseline justify-between gap-3">
                <time dateTime={slot.toISOString()} className="tabular-nums" suppressHydrationWarning>
                  {formatInZone(slot, schedule.timezone)}
                </time>
                <RelativeTime date={slot} className="text-xs text-muted-foreground" />
              </li>
            ))}
          </ol>
        )}
      </div>
      <div className="grid gap-1">
        <h4 className="text-xs font-medium text-muted-foreground">Last fired</h4>
        {schedule.lastSlot ? (
          <p>
            <LocalDate date={schedule.lastSlot} style="datetime" /> <span className="text-muted-foreground">(<RelativeTime date={schedule.lastSlot} />)</span>
          </p>
        ) : (
          <p className="text-muted-foreground">Not yet.</p>
        )}
      </div>
    </div>
  );
}

function NoSchedule({ draftHasSchedule }: { draftHasSchedule: boolean }) {
  if (draftHasSchedule) {
    return (
      <p className="flex gap-2 text-sm text-muted-foreground">
        <CalendarClockIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
        The draft has a schedule trigger. Publish it to start the schedule.
      </p>
    );
  }
  return (
    <div className="grid gap-2 text-sm text-muted-foreground">
      <p className="flex gap-2">
        <CalendarClockIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
        Not scheduled. To run this workflow at set times, give its trigger node a schedule and publish:
      </p>
      <pre className="overflow-x-auto rounded-md bg-muted px-3 py-2 font-mono text-xs text-foreground">{EXAMPLE_TRIGGER}</pre>
      <p className="text-xs">
        Five cron fields (minute hour day month weekday) read in the IANA time zone; this one is weekdays at 09:00 in Paris.
      </p>
    </div>
  );
}

function hasScheduleTrigger(definition: unknown): boolean {
  if (!isRecord(definition) || !Array.isArray(definition.nodes)) return false;
  return definition.nodes.some((node) => isRecord(node) && node.type === "trigger" && isRecord(node.trigger) && node.trigger.kind === "schedule");
}

/** "Mon 20 Jan, 09:00": the wall-clock time the cron pattern names, in the schedule's zone (the same on server and browser). */
function formatInZone(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(date);
}
