"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { LogOutIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useOrg } from "@/components/shell/org-context";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { useTRPC } from "@/trpc/react";

/** "Leave organization", with a confirmation. The last owner is refused by the server, shown as a toast. */
export function LeaveOrgDialog() {
  const { org } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [open, setOpen] = useState(false);

  const leave = useMutation(
    trpc.member.leave.mutationOptions({
      onSuccess: async () => {
        toast.success(`You left ${org.name}.`);
        await queryClient.invalidateQueries({ queryKey: trpc.org.listMine.queryKey() });
        router.replace("/");
        router.refresh();
      },
      onError: (error) => {
        setOpen(false);
        toast.error(error.message);
      },
    }),
  );

  return (
    <AlertDialog open={open} onOpenChange={(next) => !leave.isPending && setOpen(next)}>
      <AlertDialogTrigger asChild>
        <Button variant="outline">
          <LogOutIcon aria-hidden="true" />
          Leave organization
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Leave {org.name}?</AlertDialogTitle>
          <AlertDialogDescription>
            You will lose access right away. To come back, an owner or admin will have to invite you again.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={leave.isPending}>Cancel</AlertDialogCancel>
          <Button
            variant="destructive"
            disabled={leave.isPending}
            onClick={() => leave.mutate({ orgSlug: org.slug })}
          >
            {leave.isPending ? <Spinner aria-hidden="true" /> : null}
            Leave organization
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
