"use client";

import { ArrowLeftIcon } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useOrg } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { CustomConnectorEditor } from "./custom-connector-editor";
import { DeleteCustomConnectorButton } from "./delete-custom-connector-button";

type Initial = { id: string; connectorId: string; name: string; definition: Record<string, unknown> } | { definition: Record<string, unknown> };

/** The page around the editor: title, back link, delete for a stored connector. */
export function CustomConnectorEditorView({ title, initial }: { title: string; initial: Initial }) {
  const { href } = useOrg();
  const router = useRouter();
  return (
    <div className="grid grid-cols-1 gap-6">
      <PageHeader
        title={title}
        description={
          "id" in initial
            ? "A custom connector: its endpoints are actions your workflows can use, with a connection's credentials."
            : "Describe an API as JSON: how it signs in, its base URL and its endpoints. Each endpoint becomes an action."
        }
        actions={
          <div className="flex gap-2">
            <Button asChild variant="outline">
              <Link href={href("connectors")}>
                <ArrowLeftIcon aria-hidden="true" />
                All connectors
              </Link>
            </Button>
            {"id" in initial ? <DeleteCustomConnectorButton connector={initial} onDeleted={() => router.replace(href("connectors"))} /> : null}
          </div>
        }
      />
      <CustomConnectorEditor initial={initial} />
    </div>
  );
}
