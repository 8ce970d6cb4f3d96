import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";

type Status = "pending" | "accepted" | "revoked" | "expired";

const STYLES: Record<Status, { label: string; dot: string }> = {
  pending: { label: "Pending", dot: "bg-amber-500" },
  accepted: { label: "Accepted", dot: "bg-emerald-500" },
  revoked: { label: "Revoked", dot: "bg-muted-foreground/60" },
  expired: { label: "Expired", dot: "bg-destructive" },
};

export function InvitationStatusBadge({ status }: { status: Status }) {
  const style = STYLES[status];
  return (
    <Badge variant="outline" className="gap-1.5 font-normal">
      <span aria-hidden="true" className={cn("size-1.5 rounded-full", style.dot)} />
      {style.label}
    </Badge>
  );
}
