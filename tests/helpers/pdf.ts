import { extractText, getDocumentProxy } from "unpdf";

export interface PdfText {
  numPages: number;
  /** All pages' text joined. */
  text: string;
  /** Each page's text. */
  pages: string[];
  /** The lowest baseline (points from the page's bottom) of any text on each page, footer lines left out. */
  lowestText: (pageNumber: number, ignore: RegExp) => Promise<number>;
}

/** A PDF's text, as the tests check generated documents. */
export async function readPdf(buffer: Uint8Array): Promise<PdfText> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { text: pages } = await extractText(pdf, { mergePages: false });
  return {
    numPages: pdf.numPages,
    text: pages.join("\n"),
    pages,
    async lowestText(pageNumber, ignore) {
      const page = await pdf.getPage(pageNumber);
      const content = await page.getTextContent();
      const baselines = content.items
        .filter((item) => "str" in item && item.str.trim() && !ignore.test(item.str))
        .map((item) => ("transform" in item ? (item.transform[5] as number) : Infinity));
      return Math.min(...baselines);
    },
  };
}
