import { loadBanner } from "@/lib/organization/banner";

/**
 * The campaign banner for invitation mails: public (mail clients load it without a session) and never a 404,
 * which would show a broken image; an unknown organization gets the default banner. Only the image leaves.
 */
export async function GET(request: Request, { params }: { params: Promise<{ organizationId: string }> }) {
  const banner = await loadBanner((await params).organizationId);
  // The URL's `v` is the image's hash (lib/organization/banner.ts): while it matches, the image never changes.
  const current = new URL(request.url).searchParams.get("v") === banner.version;
  return new Response(new Uint8Array(banner.bytes), {
    headers: {
      "Content-Type": banner.type,
      "Content-Length": String(banner.bytes.byteLength),
      "Cache-Control": current ? "public, max-age=31536000, immutable" : "public, max-age=300",
      ETag: `"${banner.version}"`,
    },
  });
}
