import { notFound } from "next/navigation";
import { requireMember } from "@/lib/auth/session";
import { exportMandatary } from "@/lib/personal-data/export";
import { slugify } from "@/lib/documents/format";
import { idParams } from "@/lib/validation";

/** Everything stored about one mandatary, as a JSON download (subject access request). */
export async function GET(_request: Request, { params }: { params: Promise<{ mandataryId: string }> }) {
  const member = await requireMember("mandataries.personalData");
  const data = await exportMandatary(member, idParams(await params).mandataryId);
  if (!data) notFound();
  const name = slugify(`${data.mandatary.firstName} ${data.mandatary.lastName}`);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="persoonsgegevens-${name}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
