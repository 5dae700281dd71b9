import { redirect } from "next/navigation";
import { can } from "@/lib/auth/policy";
import { getMember } from "@/lib/auth/session";

/** Everyone lands on the first page their role may use: a service contact has no expeditions page. */
export default async function Home() {
  const member = await getMember();
  if (!member) redirect("/login");
  redirect(can(member, "expeditions.read") ? "/expeditions" : "/services");
}
