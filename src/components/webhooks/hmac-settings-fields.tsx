"use client";

import { TextField } from "@/components/forms/text-field";
import { FieldError } from "@/components/ui/form-field-error";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { HmacSettings } from "./hmac-settings";

/** Where a generic HMAC-SHA256 sender puts its signature and how it writes it. */
export function HmacSettingsFields({
  idPrefix,
  value,
  onChange,
  error,
  disabled,
}: {
  idPrefix: string;
  value: HmacSettings;
  onChange: (value: HmacSettings) => void;
  error?: string;
  disabled?: boolean;
}) {
  const set = (patch: Partial<HmacSettings>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="grid gap-3 rounded-lg border bg-muted/20 p-3" disabled={disabled}>
      <legend className="px-1 text-sm font-medium">Signature settings</legend>
      <p className="text-xs/relaxed text-muted-foreground">
        The sender puts HMAC-SHA256 of the body (or of <code className="font-mono">timestamp.body</code> when it sends a timestamp) in a header, after an
        optional prefix. Timestamps more than 5 minutes off are refused.
      </p>
      <div className="grid gap-3 sm:grid-cols-[1fr_8rem]">
        <TextField id={`${idPrefix}-header`} label="Signature header" value={value.header} onChange={(e) => set({ header: e.target.value })} placeholder="x-signature" />
        <div className="grid gap-2">
          <Label htmlFor={`${idPrefix}-encoding`}>Encoding</Label>
          <Select value={value.encoding} onValueChange={(encoding) => set({ encoding: encoding as HmacSettings["encoding"] })} disabled={disabled}>
            <SelectTrigger id={`${idPrefix}-encoding`} className="w-full">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value="hex">hex</SelectItem>
              <SelectItem value="base64">base64</SelectItem>
            </SelectContent>
          </Select>
        </div>
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField id={`${idPrefix}-prefix`} label="Prefix" hint="e.g. sha256=" value={value.prefix} onChange={(e) => set({ prefix: e.target.value })} />
        <TextField id={`${idPrefix}-timestamp`} label="Timestamp header" hint="Optional" value={value.timestampHeader} onChange={(e) => set({ timestampHeader: e.target.value })} />
        <TextField id={`${idPrefix}-id`} label="Delivery id header" hint="Optional; for deduplication" value={value.idHeader} onChange={(e) => set({ idHeader: e.target.value })} />
      </div>
      <FieldError message={error} />
    </fieldset>
  );
}
