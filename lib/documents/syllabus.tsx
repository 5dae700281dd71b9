// The syllabus for visitors: a cover, a table of contents and every service's presentation sheet, one
// page each, so every page number is known before drawing.
import { Document, Link, renderToBuffer, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { Locale } from "@/lib/time";
import { formatInstantDay, NEAR_BLACK, pdfSafe, textColorOn } from "./format";
import {
  A4Page,
  accentTextColor,
  documentLanguage,
  FOOTER_STYLE,
  MARGIN_X,
  P,
  PAGE_HEIGHT,
  ServiceSheet,
} from "./service-sheet";
import type { SheetData } from "./sheet-model";
import { documentTexts } from "./texts";

/** Table-of-contents lines per page. */
export const TOC_PER_PAGE = 32;

/** Cover = page 1, the contents on the pages after it, then one page per service. */
export function syllabusPages(serviceCount: number): { tocPages: number; servicePage: (index: number) => number } {
  const tocPages = Math.max(1, Math.ceil(serviceCount / TOC_PER_PAGE));
  return { tocPages, servicePage: (index) => 2 + tocPages + index };
}

const styles = StyleSheet.create({
  coverBand: {
    height: PAGE_HEIGHT * 0.45,
    paddingHorizontal: MARGIN_X + 10,
    justifyContent: "flex-end",
    paddingBottom: 48,
  },
  coverOrganization: { fontSize: 14, letterSpacing: 1, textTransform: "uppercase", marginBottom: 14 },
  coverTitle: { fontSize: 32, fontWeight: "bold", lineHeight: 1.1, marginBottom: 14 },
  coverSubtitle: { fontSize: 13, lineHeight: 1.3 },
  coverBody: { paddingHorizontal: MARGIN_X + 10, paddingTop: 32, fontSize: 11, lineHeight: 1.6 },
  tocPage: { paddingTop: 56, paddingHorizontal: MARGIN_X, fontSize: 10, lineHeight: 1.3 },
  tocHeading: { fontSize: 20, fontWeight: "bold", marginBottom: 16 },
  tocRow: {
    flexDirection: "row",
    alignItems: "flex-end",
    borderBottomWidth: 0.5,
    borderBottomStyle: "dotted",
    borderBottomColor: "#9ca3af",
    paddingVertical: 4,
  },
  tocName: { flex: 1, maxLines: 1, textOverflow: "ellipsis", color: NEAR_BLACK, textDecoration: "none" },
  tocType: { width: 150, fontSize: 8, color: "#4b5563", maxLines: 1, textOverflow: "ellipsis", paddingLeft: 8 },
  tocNumber: { width: 36, textAlign: "right" },
  footer: FOOTER_STYLE,
});

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks.length ? chunks : [[]];
}

/** The whole syllabus as one PDF. */
export async function renderSyllabus(
  data: SheetData,
  locale: Locale = "nl",
  generatedAt = new Date(),
): Promise<Buffer> {
  const texts = documentTexts(locale);
  const { t } = texts;
  const { organization, services } = data;
  const brand = organization.brandColor;
  const organizationName = pdfSafe(organization.name);
  const { servicePage } = syllabusPages(services.length);
  const entries = services.map((service, index) => ({ service, index, page: servicePage(index) }));
  const footer = (
    <View style={styles.footer}>
      <P>
        {organizationName} · {t("syllabusTitle")}
      </P>
      <Text
        style={{ width: 90, textAlign: "right" }}
        render={({ pageNumber, totalPages }) => t("pageOf", { page: pageNumber, total: totalPages })}
      />
    </View>
  );

  return renderToBuffer(
    <Document
      title={`${t("syllabusTitle")} – ${organizationName}`}
      author={organizationName}
      creator="Expeditie Zorg planner"
      producer="Expeditie Zorg planner"
      language={documentLanguage(locale)}
      pageMode="useOutlines"
    >
      <A4Page bookmark={t("syllabusTitle")}>
        <View style={[styles.coverBand, { backgroundColor: brand, color: textColorOn(brand) }]}>
          <P style={styles.coverOrganization}>{organizationName}</P>
          <P style={styles.coverTitle}>{t("syllabusTitle")}</P>
          <P style={styles.coverSubtitle}>{t("syllabusSubtitle", { organization: organizationName })}</P>
        </View>
        <View style={styles.coverBody}>
          <P>{t("serviceCount", { count: services.length })}</P>
          <P>{t("generatedOn", { date: formatInstantDay(generatedAt, locale) })}</P>
        </View>
      </A4Page>
      {chunk(entries, TOC_PER_PAGE).map((page, pageIndex) => (
        <A4Page key={`toc-${pageIndex}`} bookmark={pageIndex === 0 ? t("contents") : undefined}>
          <View style={styles.tocPage}>
            <P style={[styles.tocHeading, { color: accentTextColor(brand) }]}>{t("contents")}</P>
            {page.length === 0 ? <P>{t("noServices")}</P> : null}
            {page.map(({ service, index, page: number }) => (
              <View key={service.id} style={styles.tocRow}>
                <Link src={`#service-${index}`} style={styles.tocName}>
                  <P>{pdfSafe(service.name)}</P>
                </Link>
                <P style={styles.tocType}>{pdfSafe(texts.serviceType(service.type))}</P>
                <P style={styles.tocNumber}>{String(number)}</P>
              </View>
            ))}
          </View>
          {footer}
        </A4Page>
      ))}
      {entries.map(({ service, index }) => (
        <ServiceSheet
          key={service.id}
          id={`service-${index}`}
          organization={organization}
          service={service}
          texts={texts}
          pageNumbers
        />
      ))}
    </Document>,
  );
}
