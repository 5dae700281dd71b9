import { cache } from "react";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db";
import { authOptions } from "./options";
import { can, type Action } from "./policy";

const ACTIVE_ORGANIZATION_COOKIE = "ezp-org";

/** Remembers which of the user's organizations they work in; getMember() checks it against their memberships. */
export async function setActiveOrganization(organizationId: string): Promise<void> {
  (await cookies()).set(ACTIVE_ORGANIZATION_COOKIE, organizationId, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: (process.env.APP_URL ?? "").startsWith("https:"),
  });
}

export interface Member {
  userId: string;
  name: string;
  email: string;
  organizationId: string;
  organizationName: string;
  role: Role;
  /** For a service contact: the services they may see and edit. */
  serviceIds: string[];
  organizations: { id: string; name: string }[];
}

/** The signed-in user, whatever their organizations (for joining one). */
export const getSessionUser = cache(async (): Promise<{ id: string; email: string } | null> => {
  const session = await getServerSession(authOptions);
  const userId = (session?.user as { id?: string } | undefined)?.id;
  if (!userId) return null;
  return prisma.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
});

/** The signed-in user in their active organization, read fresh from the database on every request. */
export const getMember = cache(async (): Promise<Member | null> => {
  const session = await getServerSession(authOptions);
  const userId = (session?.user as { id?: string } | undefined)?.id;
  if (!userId) return null;
  const user = await prisma.user.findUnique({
    where: { id: userId },
    include: {
      memberships: {
        // Not the whole organization: its row holds the campaign banner (up to 1 MB), read on every request.
        include: { organization: { select: { id: true, name: true } }, services: { select: { id: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!user || user.memberships.length === 0) return null;
  const wanted = (await cookies()).get(ACTIVE_ORGANIZATION_COOKIE)?.value;
  const membership = user.memberships.find((m) => m.organizationId === wanted) ?? user.memberships[0]!;
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    organizationId: membership.organizationId,
    organizationName: membership.organization.name,
    role: membership.role,
    serviceIds: membership.services.map((s) => s.id),
    organizations: user.memberships.map((m) => ({ id: m.organization.id, name: m.organization.name })),
  };
});

/**
 * Every page, action and download calls this. Not signed in: to the sign-in page.
 * Signed in but not allowed `action` (lib/auth/policy.ts): 404, the same answer as for another organization's data.
 * Without an action: any signed-in member.
 */
export async function requireMember(action?: Action): Promise<Member> {
  const member = await getMember();
  if (!member) redirect("/login");
  if (action && !can(member, action)) notFound();
  return member;
}
