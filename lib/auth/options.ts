import type { NextAuthOptions } from "next-auth";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { safeCallbackUrl } from "./callback-url";
import { checkPassword } from "./sign-in-guard";
import { loginSchema, emailField } from "./schemas";
import { enqueueSignInLink, SIGN_IN_LINK_MAX_AGE_S, storeSignInToken } from "./sign-in-link";

function toAdapterUser(user: { id: string; email: string; name: string; emailVerified: Date | null }): AdapterUser {
  return { id: user.id, email: user.email, name: user.name, emailVerified: user.emailVerified };
}

// next-auth needs an adapter for e-mailed sign-in links. Only existing users can sign in: accounts are made by
// a colleague's invitation, never by asking for a link, so createUser refuses.
const adapter: Adapter = {
  async createUser() {
    throw new Error("Accounts are created by invitation only.");
  },
  async getUser(id) {
    const user = await prisma.user.findUnique({ where: { id } });
    return user && toAdapterUser(user);
  },
  async getUserByEmail(email) {
    const parsed = emailField.safeParse(email);
    const user = parsed.success ? await prisma.user.findUnique({ where: { email: parsed.data } }) : null;
    return user && toAdapterUser(user);
  },
  async getUserByAccount() {
    return null;
  },
  async updateUser({ id, emailVerified }) {
    const user = await prisma.user.update({ where: { id }, data: { emailVerified: emailVerified ?? undefined } });
    return toAdapterUser(user);
  },
  async linkAccount() {
    return undefined;
  },
  // Answers the same for every address; only an existing user's link is kept (lib/auth/sign-in-link.ts).
  async createVerificationToken(token) {
    await storeSignInToken(token);
    return token;
  },
  async useVerificationToken({ identifier, token }) {
    try {
      return await prisma.verificationToken.delete({ where: { identifier_token: { identifier, token } } });
    } catch {
      return null;
    }
  },
};

export const authOptions: NextAuthOptions = {
  adapter,
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login", verifyRequest: "/login?link=sent", error: "/login" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "E-mail en wachtwoord",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials) {
        const parsed = loginSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const user = await checkPassword(parsed.data.email, parsed.data.password);
        return user && { id: user.id, email: user.email, name: user.name };
      },
    }),
    EmailProvider({
      maxAge: SIGN_IN_LINK_MAX_AGE_S,
      // The mail goes through the outbox like every other mail; unknown addresses get none (and no hint).
      sendVerificationRequest: ({ identifier, url, expires }) => enqueueSignInLink(identifier, url, expires),
    }),
  ],
  callbacks: {
    async signIn({ user, email }) {
      // Asking for a link always "succeeds" (enqueueSignInLink mails only existing users), so the answer does not
      // reveal who has an account. Signing in needs an account in at least one organization.
      if (email?.verificationRequest) return true;
      if (!user.email) return false;
      const count = await prisma.membership.count({ where: { user: { email: user.email.toLowerCase() } } });
      return count > 0;
    },
    // After signing in (or out) only to a page of this site, by the same rule as the login page.
    async redirect({ url, baseUrl }) {
      return new URL(safeCallbackUrl(url, baseUrl), baseUrl).toString();
    },
    async jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    async session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};
