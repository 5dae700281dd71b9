import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite (WASM) and argon2 (native) must stay outside the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2"],
  poweredByHeader: false,
  // Spreadsheet uploads (lib/import) may be up to 2 MB, campaign banners 1 MB; the default limit for server
  // actions is 1 MB, form data included.
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
  // A second checkout-free build folder, e.g. for a parallel test run on the same machine.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  async headers() {
    const common = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    ];
    // Personal links carry their token in the path: never leak it in a Referer header to another site.
    // Not "no-referrer": with it the browser sends "Origin: null" on the page's own form posts, and the
    // server action behind the answer form refuses those, so answering without JavaScript would fail.
    const personal = [{ key: "Referrer-Policy", value: "same-origin" }];
    return [
      { source: "/:path*", headers: common },
      { source: "/rsvp/:token*", headers: personal },
      { source: "/invite/:token*", headers: personal },
    ];
  },
};

export default withNextIntl(nextConfig);
