import { CompassIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { CenteredPage } from "@/components/brand/centered-page";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <CenteredPage width="md">
      <EmptyState
        icon={CompassIcon}
        title="We couldn't find that page"
        description="The link may be mistyped, or the page may have moved. If it belongs to an organization, you may not be a member of it."
        className="bg-card"
        action={
          <Button asChild>
            <Link href="/">Go to Junction</Link>
          </Button>
        }
      />
    </CenteredPage>
  );
}
