import { notFound } from "next/navigation";

/** Unknown paths inside an organization show the not-found page within the app shell. */
export default function UnknownOrgPage() {
  notFound();
}
