import { CopyButton } from "@/components/common/copy-button";
import type { WebhookEndpointDetail } from "./webhook-types";

/** A curl command that sends the endpoint a correctly signed sample; the secret is read from $WEBHOOK_SECRET, never shown. */
export function SampleCurlPanel({ endpoint }: { endpoint: WebhookEndpointDetail }) {
  return (
    <section aria-labelledby={`curl-${endpoint.id}`} className="grid min-w-0 grid-cols-[minmax(0,1fr)] gap-3">
      <h3 id={`curl-${endpoint.id}`} className="text-sm font-medium">
        From a terminal
      </h3>
      <p className="text-sm/relaxed text-muted-foreground">
        {endpoint.scheme === "none"
          ? "Paste this into a terminal to send a sample delivery. It appears in the delivery log within seconds."
          : "Set WEBHOOK_SECRET to the endpoint's signing secret, then paste this into a terminal: it signs a sample body the way the sender does (with openssl) and sends it. It appears in the delivery log within seconds."}
      </p>
      <pre tabIndex={0} aria-label="Sample curl command" className="max-h-[28rem] overflow-auto rounded-md border bg-muted/40 p-3 font-mono text-xs leading-5 outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50">
        {endpoint.sampleCurl}
      </pre>
      <div className="flex justify-end">
        <CopyButton value={endpoint.sampleCurl} label="Copy command" className="h-8 px-3 text-xs" />
      </div>
    </section>
  );
}
