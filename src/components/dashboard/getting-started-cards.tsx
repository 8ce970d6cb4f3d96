import { ArrowRightIcon, PlugIcon, UserPlusIcon, WebhookIcon, WorkflowIcon, type LucideIcon } from "lucide-react";
import Link from "next/link";

interface Step {
  title: string;
  description: string;
  href: string;
  cta: string;
  icon: LucideIcon;
}

function stepsFor(base: string, canInvite: boolean): Step[] {
  return [
    {
      title: "Connect an app",
      description: "Add the APIs your workflows will talk to. Credentials are stored once and shared with your team.",
      href: `${base}/connections`,
      cta: "Open connections",
      icon: PlugIcon,
    },
    {
      title: "Build a workflow",
      description: "Chain steps across your connected apps, triggered by a webhook, a schedule or an event.",
      href: `${base}/workflows`,
      cta: "Open workflows",
      icon: WorkflowIcon,
    },
    {
      title: "Add a webhook",
      description: "Give another service a URL to call. Every delivery it sends can start a workflow.",
      href: `${base}/webhooks`,
      cta: "Open webhooks",
      icon: WebhookIcon,
    },
    {
      title: "Invite your team",
      description: canInvite
        ? "Invite teammates by email and choose what each of them can do, from viewer to admin."
        : "See who is in this organization. Owners and admins can invite new people.",
      href: `${base}/settings/members`,
      cta: canInvite ? "Invite people" : "See members",
      icon: UserPlusIcon,
    },
  ];
}

/** The four first steps, each a card linking to its section. */
export function GettingStartedCards({ base, canInvite }: { base: string; canInvite: boolean }) {
  return (
    <ol className="grid gap-4 sm:grid-cols-2">
      {stepsFor(base, canInvite).map((step, index) => {
        const Icon = step.icon;
        const id = `step-${index + 1}`;
        return (
          <li key={step.title}>
            <Link
              href={step.href}
              aria-labelledby={`${id}-title`}
              aria-describedby={`${id}-description`}
              className="group flex h-full flex-col gap-4 rounded-xl border bg-card p-5 text-card-foreground shadow-sm transition-all outline-none hover:border-primary/40 hover:shadow-md focus-visible:ring-[3px] focus-visible:ring-ring/50"
            >
              <div className="flex items-center justify-between">
                <span className="flex size-10 items-center justify-center rounded-lg bg-primary/10 text-primary ring-1 ring-primary/15 ring-inset">
                  <Icon aria-hidden="true" className="size-5" />
                </span>
                <span className="text-xs font-medium text-muted-foreground">Step {index + 1}</span>
              </div>
              <div className="grid gap-1.5">
                <h3 id={`${id}-title`} className="font-semibold tracking-tight">
                  {step.title}
                </h3>
                <p id={`${id}-description`} className="text-sm/relaxed text-muted-foreground">
                  {step.description}
                </p>
              </div>
              <span className="mt-auto inline-flex items-center gap-1.5 text-sm font-medium text-primary">
                {step.cta}
                <ArrowRightIcon aria-hidden="true" className="size-4 transition-transform group-hover:translate-x-0.5" />
              </span>
            </Link>
          </li>
        );
      })}
    </ol>
  );
}
