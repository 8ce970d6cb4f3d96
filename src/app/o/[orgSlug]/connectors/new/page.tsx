import type { Metadata } from "next";
import { CustomConnectorEditorView } from "@/components/connectors/custom-connector-editor-view";
import { STARTER_DEFINITION } from "@/components/connectors/starter-definition";
import { requireOrg } from "@/components/shell/require-org";

export const metadata: Metadata = { title: "New custom connector" };

export default async function NewCustomConnectorPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  await requireOrg(orgSlug);
  return <CustomConnectorEditorView title="New custom connector" initial={{ definition: STARTER_DEFINITION }} />;
}
