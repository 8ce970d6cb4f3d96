import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CustomConnectorEditorView } from "@/components/connectors/custom-connector-editor-view";
import { requireOrg } from "@/components/shell/require-org";
import { serverCaller } from "@/trpc/server";

type Params = Promise<{ orgSlug: string; customConnectorId: string }>;

/** The connector of this org, or the not-found page (another org's id, or not an id at all). */
const loadCustomConnector = cache(async (orgSlug: string, customConnectorId: string) => {
  await requireOrg(orgSlug);
  try {
    return await (await serverCaller()).customConnector.get({ orgSlug, customConnectorId });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { orgSlug, customConnectorId } = await params;
  return { title: (await loadCustomConnector(orgSlug, customConnectorId)).name };
}

export default async function CustomConnectorPage({ params }: { params: Params }) {
  const { orgSlug, customConnectorId } = await params;
  const connector = await loadCustomConnector(orgSlug, customConnectorId);
  return <CustomConnectorEditorView title={connector.name} initial={{ id: connector.id, connectorId: connector.connectorId, name: connector.name, definition: connector.definition }} />;
}
