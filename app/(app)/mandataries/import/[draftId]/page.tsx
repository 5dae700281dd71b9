import { ImportPreviewPage, importMetadata } from "../../../_components/import/import-pages";

export function generateMetadata() {
  return importMetadata("MANDATARIES", "preview");
}

export default function ImportMandatariesPreviewPage(props: {
  params: Promise<{ draftId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <ImportPreviewPage kind="MANDATARIES" {...props} />;
}
