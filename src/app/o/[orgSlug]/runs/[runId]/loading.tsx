import { RunDetailSkeleton } from "@/components/runs/run-detail-skeleton";

export default function RunLoading() {
  return <RunDetailSkeleton />;
}
