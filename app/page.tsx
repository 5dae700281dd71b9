import { redirect } from "next/navigation";
import { getMember } from "@/lib/auth/session";

/** Everyone lands on the first page their role may use: a service contact has no expeditions page. */
export default async function Home() {
  const member = await getMember();
  if (!member) redirect("/login");
  redirect(member.role === "SERVICE_CONTACT" ? "/services" : "/expeditions");
}
