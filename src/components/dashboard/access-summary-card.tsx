import { CheckIcon } from "lucide-react";
import { ROLE_LABELS, type Permission, type Role } from "@/core/authz";
import { Badge } from "@/components/ui/badge";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { capabilitiesOf } from "./role-capabilities";

/** What the user's role allows here, in plain words. */
export function AccessSummaryCard({ role, permissions }: { role: Role; permissions: readonly Permission[] }) {
  const capabilities = capabilitiesOf(permissions);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Your access</CardTitle>
        <CardDescription>What your role lets you do in this organization.</CardDescription>
        <CardAction>
          <Badge variant="secondary">{ROLE_LABELS[role]}</Badge>
        </CardAction>
      </CardHeader>
      <CardContent>
        <ul className="grid gap-2 text-sm">
          {capabilities.map((text) => (
            <li key={text} className="flex items-start gap-2">
              <CheckIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-primary" />
              {text}
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
