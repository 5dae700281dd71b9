import { ImportUploadPage, importMetadata } from "../../_components/import/import-pages";

export function generateMetadata() {
  return importMetadata("SERVICES", "upload");
}

export default function ImportServicesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <ImportUploadPage kind="SERVICES" searchParams={searchParams} />;
}
