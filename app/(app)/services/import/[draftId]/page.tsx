import { ImportPreviewPage, importMetadata } from "../../../_components/import/import-pages";

export function generateMetadata() {
  return importMetadata("SERVICES", "preview");
}

export default function ImportServicesPreviewPage(props: {
  params: Promise<{ draftId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <ImportPreviewPage kind="SERVICES" {...props} />;
}
