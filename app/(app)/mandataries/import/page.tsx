import { ImportUploadPage, importMetadata } from "../../_components/import/import-pages";

export function generateMetadata() {
  return importMetadata("MANDATARIES", "upload");
}

export default function ImportMandatariesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <ImportUploadPage kind="MANDATARIES" searchParams={searchParams} />;
}
