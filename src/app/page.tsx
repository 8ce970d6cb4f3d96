import { redirect } from "next/navigation";
import { auth } from "@/server/auth";
import { serverCaller } from "@/trpc/server";

/** The front door: sign in, or go to your first organization, or create one. */
export default async function HomePage() {
  const session = await auth();
  if (!session?.user?.id) redirect("/sign-in");
  const orgs = await (await serverCaller()).org.listMine();
  const first = orgs[0];
  redirect(first ? `/o/${first.slug}` : "/orgs/new");
}
