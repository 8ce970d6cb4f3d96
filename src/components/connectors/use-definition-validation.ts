"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useOrg } from "@/components/shell/org-context";
import { useTRPC } from "@/trpc/react";

/** Checks the definition on the server (the same compiler the runtime uses) 500 ms after the last edit. */
export function useDefinitionValidation(definition: Record<string, unknown> | undefined) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const validate = useMutation(trpc.customConnector.validate.mutationOptions());
  const { mutate } = validate;
  const latest = useRef(0);
  useEffect(() => {
    if (!definition) return;
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      if (ticket === latest.current) mutate({ orgSlug: org.slug, definition });
    }, 500);
    return () => clearTimeout(timer);
  }, [definition, mutate, org.slug]);
  return validate;
}
