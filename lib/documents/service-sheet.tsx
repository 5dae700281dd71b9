// The presentation sheet (voorstellingsfiche): one A4 page per care service, in the organization's colour.
// The syllabus reuses <ServiceSheet> for its service pages.
import { Document, Page, renderToBuffer, StyleSheet, Text, View, type Styles } from "@react-pdf/renderer";
import { MAX_FIGURES } from "@/lib/services/schemas";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/time";
import {
  clampText,
  contrastRatio,
  estimateLines,
  formatDay,
  formatFigure,
  formatNumber,
  formatVisitingHours,
  NEAR_BLACK,
  pdfSafe,
  shareLines,
  textColorOn,
  WHITE,
} from "./format";
import { storyAttribution, type SheetOrganization, type SheetService } from "./sheet-model";
import { documentTexts, type DocumentTexts } from "./texts";

// A4 in points, and the page's grid. Every page is an unwrapped page holding one A4-high frame that clips
// what would not fit (see A4Page), so a sheet never runs onto a second page; the text budgets below keep
// everything inside it, cutting long texts with a footnote.
export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;
export const MARGIN_X = 40;
const BAND_HEIGHT = 104;
const BODY_TOP = 18;
const FOOTER_RESERVE = 52;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
const COLUMN_GAP = 22;
const SIDE_WIDTH = 180;
const MAIN_WIDTH = CONTENT_WIDTH - COLUMN_GAP - SIDE_WIDTH;
const BOX_PADDING = 8;

const BODY_SIZE = 9;
const BODY_LINE = BODY_SIZE * 1.4;
const SIDE_SIZE = 8.5;
const SIDE_LINE = SIDE_SIZE * 1.35;
const HEADING_SIZE = 10.5;
const HEADING_BLOCK = HEADING_SIZE * 1.2 + 10 + 4;
const PARAGRAPH_GAP = 4;
// Average Helvetica character width in ems for Dutch prose (measured ≈ 0.46), rounded up for word wrapping.
const CHAR_WIDTH = 0.5;

const FIGURES_PER_ROW = 4;
const FIGURE_HEIGHT = 66;
const FIGURE_GAP = 8;
const STORY_MAX_LINES = 9;

const perLine = (width: number, size: number) => Math.floor(width / (size * CHAR_WIDTH));

/** The footer line of every page, sheet and syllabus alike. */
export const FOOTER_STYLE = {
  position: "absolute",
  left: MARGIN_X,
  right: MARGIN_X,
  top: PAGE_HEIGHT - 34,
  fontSize: 7.5,
  color: "#4b5563",
  lineHeight: 1.3,
  flexDirection: "row",
  justifyContent: "space-between",
  borderTopWidth: 0.5,
  borderTopColor: "#9ca3af",
  paddingTop: 4,
} as const;

const styles = StyleSheet.create({
  page: { fontFamily: "Helvetica", fontSize: BODY_SIZE, color: NEAR_BLACK, lineHeight: 1.4 },
  frame: { height: PAGE_HEIGHT, overflow: "hidden" },
  band: { height: BAND_HEIGHT, paddingHorizontal: MARGIN_X, justifyContent: "center" },
  bandOrganization: { fontSize: 8, letterSpacing: 0.8, textTransform: "uppercase", marginBottom: 4 },
  bandTitle: { fontSize: 20, fontWeight: "bold", lineHeight: 1.15, maxLines: 2, textOverflow: "ellipsis" },
  bandMeta: { fontSize: 9.5, marginTop: 5, lineHeight: 1.2, maxLines: 1, textOverflow: "ellipsis" },
  // Clipped above the footer: whatever the estimates miss is cut, never drawn over the footer.
  body: {
    paddingHorizontal: MARGIN_X,
    paddingTop: BODY_TOP,
    height: PAGE_HEIGHT - BAND_HEIGHT - 48,
    overflow: "hidden",
  },
  heading: { fontSize: HEADING_SIZE, fontWeight: "bold", lineHeight: 1.2, marginTop: 10, marginBottom: 4 },
  firstHeading: { marginTop: 0 },
  paragraph: { marginBottom: PARAGRAPH_GAP },
  lead: { fontWeight: "bold" },
  figures: { flexDirection: "row", flexWrap: "wrap", marginBottom: 16 },
  figure: {
    width: (CONTENT_WIDTH - (FIGURES_PER_ROW - 1) * FIGURE_GAP) / FIGURES_PER_ROW,
    height: FIGURE_HEIGHT,
    borderTopWidth: 3,
    backgroundColor: "#f3f4f6",
    paddingHorizontal: 6,
    paddingVertical: 4,
    overflow: "hidden",
  },
  figureValue: { fontWeight: "bold", lineHeight: 1.15, maxLines: 1, textOverflow: "ellipsis" },
  figureUnit: { fontSize: 9, fontWeight: "normal" },
  figureLabel: { fontSize: 8, lineHeight: 1.2, maxLines: 2, textOverflow: "ellipsis" },
  figureDate: { fontSize: 7, color: "#4b5563", lineHeight: 1.2, maxLines: 1 },
  columns: { flexDirection: "row", justifyContent: "space-between" },
  main: { width: MAIN_WIDTH },
  side: { width: SIDE_WIDTH, fontSize: SIDE_SIZE, lineHeight: 1.35 },
  story: { marginBottom: 8, borderLeftWidth: 2, paddingLeft: 6 },
  quote: { fontStyle: "italic" },
  attribution: { color: "#374151", marginTop: 2 },
  practical: { backgroundColor: "#f3f4f6", padding: BOX_PADDING, marginTop: 4 },
  practicalHeading: { fontSize: 9.5, fontWeight: "bold", lineHeight: 1.2, marginBottom: 4 },
  practicalLabel: { fontWeight: "bold", marginTop: 3 },
  // Placed from the top, without a height: react-pdf misplaces bottom-anchored boxes and drops page-number
  // render props in boxes of fixed height.
  footnote: {
    position: "absolute",
    left: MARGIN_X,
    right: MARGIN_X,
    top: PAGE_HEIGHT - 46,
    fontSize: 7.5,
    color: "#4b5563",
    lineHeight: 1.3,
  },
  footer: FOOTER_STYLE,
  // A page number is laid out before it is known: it needs a width of its own.
  pageNumber: { width: 90, textAlign: "right" },
  footerText: { flex: 1, maxLines: 1, textOverflow: "ellipsis", marginRight: 12 },
});

/**
 * Exactly one A4 page, whatever its content. react-pdf sizes an unwrapped page (wrap={false}) to its
 * content, so the content is one frame of A4 height that clips any overflow. (A wrapped page would split
 * the overflow onto new pages, and there react-pdf drops page-number render props under a line height.)
 */
export function A4Page({ children, id, bookmark }: { children: ReactNode; id?: string; bookmark?: string }) {
  return (
    <Page size="A4" wrap={false} style={styles.page} id={id} bookmark={bookmark}>
      <View style={styles.frame}>{children}</View>
    </Page>
  );
}

/** Dutch words are not hyphenated with English patterns: break between words only. */
const wholeWords = (word: string) => [word];

/** A Text that never hyphenates. */
export function P({ style, children }: { style?: Styles[string] | Styles[string][]; children: ReactNode }) {
  return (
    <Text style={style} hyphenationCallback={wholeWords}>
      {children}
    </Text>
  );
}

/** The brand colour for text on white when it is readable there (4.5:1), else near-black. */
export function accentTextColor(brandColor: string): string {
  return contrastRatio(brandColor, WHITE) >= 4.5 ? brandColor : NEAR_BLACK;
}

interface Section {
  heading: string;
  paragraphs: { lead?: string; text: string }[];
}

export interface SheetLayout {
  organizationName: string;
  name: string;
  meta: string;
  figures: { value: string; unit: string; label: string; date: string | null }[];
  sections: Section[];
  stories: { quote: string; attribution: string }[];
  practical: { label: string; lines: string[] }[];
  truncated: boolean;
}

/** Decides what goes on the page and how much of each text fits. Pure: no drawing. */
export function layoutSheet(organization: SheetOrganization, service: SheetService, texts: DocumentTexts): SheetLayout {
  const { t, locale } = texts;
  let truncated = false;

  const figures = service.keyFigures.slice(0, MAX_FIGURES).map((figure) => ({
    value: formatNumber(figure.value, locale),
    // "8,6/10" but "38.500 uren": the unit after the number as formatFigure writes it.
    unit: pdfSafe(formatFigure(figure.value, figure.unit, locale).slice(formatNumber(figure.value, locale).length)),
    label: pdfSafe(figure.label),
    date: figure.referenceDate ? t("referenceDate", { date: formatDay(figure.referenceDate, locale) }) : null,
  }));
  if (service.keyFigures.length > MAX_FIGURES) truncated = true;
  const figureRows = Math.ceil(figures.length / FIGURES_PER_ROW);
  const figuresHeight = figureRows
    ? HEADING_BLOCK - 10 + figureRows * FIGURE_HEIGHT + (figureRows - 1) * FIGURE_GAP + 16
    : 0;
  const bodyHeight = PAGE_HEIGHT - BAND_HEIGHT - BODY_TOP - FOOTER_RESERVE - figuresHeight;

  // Side column: practical information first (it must fit), the stories share what is left.
  const sidePerLine = perLine(SIDE_WIDTH - 8, SIDE_SIZE);
  const boxPerLine = perLine(SIDE_WIDTH - 2 * BOX_PADDING, SIDE_SIZE);
  const practical: SheetLayout["practical"] = [];
  const contact = [service.contactName, service.contactEmail, service.contactPhone].map((s) => pdfSafe(s.trim()));
  if (contact.some(Boolean)) practical.push({ label: t("contact"), lines: contact.filter(Boolean) });
  const hours = formatVisitingHours(service.visitingHours, locale);
  if (hours) practical.push({ label: t("visitingHours"), lines: hours.split(" · ") });
  if (service.maxGroupSize) {
    practical.push({ label: t("maxGroupSize"), lines: [t("groupSize", { count: service.maxGroupSize })] });
  }
  if (service.dressCode.trim()) {
    const dress = clampText(pdfSafe(service.dressCode), 3, boxPerLine);
    truncated ||= dress.truncated;
    practical.push({ label: t("dressCode"), lines: [dress.text] });
  }
  const practicalHeight = practical.length
    ? 2 * BOX_PADDING +
      9.5 * 1.2 +
      4 +
      4 +
      practical.reduce(
        (sum, row) => sum + 3 + SIDE_LINE * (1 + row.lines.reduce((n, line) => n + estimateLines(line, boxPerLine), 0)),
        0,
      )
    : 0;

  const stories: SheetLayout["stories"] = [];
  let storyLines = Math.floor((bodyHeight - practicalHeight - HEADING_BLOCK) / SIDE_LINE);
  for (const story of service.careStories) {
    const attribution = pdfSafe(storyAttribution(story));
    const overhead = estimateLines(attribution, sidePerLine) + 1;
    const quote = pdfSafe(story.quote);
    const room = Math.min(STORY_MAX_LINES, storyLines - overhead);
    if (room < 3) {
      truncated = true;
      break;
    }
    const clamped = clampText(quote, room, sidePerLine - 1);
    truncated ||= clamped.truncated;
    stories.push({ quote: `“${clamped.text}”`, attribution });
    storyLines -= estimateLines(clamped.text, sidePerLine - 1) + overhead;
  }

  // Main column: the texts share the height, the longest shortened first.
  const mainPerLine = perLine(MAIN_WIDTH, BODY_SIZE);
  const drafts: { heading: string; paragraphs: { lead?: string; text: string }[] }[] = [
    {
      heading: t("whatWeDo"),
      paragraphs: [
        { text: pdfSafe(service.description.trim()) },
        { lead: `${t("forWhom")}: `, text: pdfSafe(service.audience.trim()) },
      ],
    },
    { heading: t("challenges"), paragraphs: [{ text: pdfSafe(service.challenges.trim()) }] },
    { heading: t("projects"), paragraphs: [{ text: pdfSafe(service.projects.trim()) }] },
    { heading: t("participation"), paragraphs: [{ text: pdfSafe(service.userParticipation.trim()) }] },
  ]
    .map((section) => ({ ...section, paragraphs: section.paragraphs.filter((p) => p.text) }))
    .filter((section) => section.paragraphs.length > 0);
  const paragraphs = drafts.flatMap((section) => section.paragraphs);
  const fixed = drafts.length * HEADING_BLOCK + paragraphs.length * PARAGRAPH_GAP;
  const budget = Math.max(0, Math.floor((bodyHeight - fixed) / BODY_LINE));
  const allowed = shareLines(
    paragraphs.map((p) => estimateLines(`${p.lead ?? ""}${p.text}`, mainPerLine)),
    budget,
  );
  const clampedTexts = new Map(
    paragraphs.map((p, i) => {
      const clamped = clampText(`${p.lead ?? ""}${p.text}`, allowed[i]!, mainPerLine);
      truncated ||= clamped.truncated;
      return [p, clamped.text.slice((p.lead ?? "").length)] as const;
    }),
  );
  const sections = drafts
    .map((section) => ({
      heading: section.heading,
      paragraphs: section.paragraphs
        .map((p) => ({ ...p, text: clampedTexts.get(p) ?? "" }))
        .filter((p) => p.text.trim()),
    }))
    .filter((section) => section.paragraphs.length > 0);

  return {
    organizationName: pdfSafe(organization.name),
    name: pdfSafe(service.name),
    meta: pdfSafe(
      `${texts.serviceType(service.type)} · ${service.street}, ${service.postalCode} ${service.city}`.replace(
        /^(.)/,
        (c) => c.toUpperCase(),
      ),
    ),
    figures,
    sections,
    stories,
    practical,
    truncated,
  };
}

/** One A4 presentation sheet. With `pageNumbers` the footer says "pagina 3 van 32" (for the syllabus). */
export function ServiceSheet({
  organization,
  service,
  texts,
  pageNumbers = false,
  id,
}: {
  organization: SheetOrganization;
  service: SheetService;
  texts: DocumentTexts;
  pageNumbers?: boolean;
  id?: string;
}) {
  const { t } = texts;
  const layout = layoutSheet(organization, service, texts);
  const brand = organization.brandColor;
  const onBrand = textColorOn(brand);
  const accent = accentTextColor(brand);
  const valueSize = (value: string) => (value.length > 11 ? 12 : value.length > 7 ? 15 : 19);
  return (
    <A4Page id={id} bookmark={layout.name}>
      <View style={[styles.band, { backgroundColor: brand, color: onBrand }]}>
        <P style={styles.bandOrganization}>{layout.organizationName}</P>
        <P style={styles.bandTitle}>{layout.name}</P>
        <P style={styles.bandMeta}>{layout.meta}</P>
      </View>
      <View style={styles.body}>
        {layout.figures.length > 0 ? (
          <>
            <P style={[styles.heading, styles.firstHeading, { color: accent }]}>{t("keyFigures")}</P>
            <View style={styles.figures}>
              {layout.figures.map((figure, i) => (
                <View
                  key={i}
                  style={[
                    styles.figure,
                    {
                      borderTopColor: brand,
                      marginRight: i % FIGURES_PER_ROW === FIGURES_PER_ROW - 1 ? 0 : FIGURE_GAP,
                      marginTop: i >= FIGURES_PER_ROW ? FIGURE_GAP : 0,
                    },
                  ]}
                >
                  <P style={[styles.figureValue, { fontSize: valueSize(figure.value), color: accent }]}>
                    {figure.value}
                    {figure.unit ? <Text style={styles.figureUnit}>{figure.unit}</Text> : null}
                  </P>
                  <P style={styles.figureLabel}>{figure.label}</P>
                  {figure.date ? <P style={styles.figureDate}>{figure.date}</P> : null}
                </View>
              ))}
            </View>
          </>
        ) : null}
        <View style={styles.columns}>
          <View style={styles.main}>
            {layout.sections.map((section, i) => (
              <View key={section.heading}>
                <P style={[styles.heading, i === 0 ? styles.firstHeading : {}, { color: accent }]}>{section.heading}</P>
                {section.paragraphs.map((paragraph, j) => (
                  <P key={j} style={styles.paragraph}>
                    {paragraph.lead ? <Text style={styles.lead}>{paragraph.lead}</Text> : null}
                    {paragraph.text}
                  </P>
                ))}
              </View>
            ))}
          </View>
          <View style={styles.side}>
            {layout.stories.length > 0 ? (
              <>
                <P style={[styles.heading, styles.firstHeading, { color: accent }]}>{t("stories")}</P>
                {layout.stories.map((story, i) => (
                  <View key={i} style={[styles.story, { borderLeftColor: brand }]}>
                    <P style={styles.quote}>{story.quote}</P>
                    <P style={styles.attribution}>{story.attribution}</P>
                  </View>
                ))}
              </>
            ) : null}
            {layout.practical.length > 0 ? (
              <View style={styles.practical}>
                <P style={[styles.practicalHeading, { color: accent }]}>{t("practical")}</P>
                {layout.practical.map((row) => (
                  <View key={row.label}>
                    <P style={styles.practicalLabel}>{row.label}</P>
                    {row.lines.map((line, i) => (
                      <P key={i}>{line}</P>
                    ))}
                  </View>
                ))}
              </View>
            ) : null}
          </View>
        </View>
      </View>
      {layout.truncated ? <P style={styles.footnote}>{t("truncated")}</P> : null}
      <View style={styles.footer}>
        <P style={styles.footerText}>
          {layout.organizationName} · {t("sheetTitle")} · {layout.name}
        </P>
        {pageNumbers ? (
          <Text
            style={styles.pageNumber}
            render={({ pageNumber, totalPages }) => t("pageOf", { page: pageNumber, total: totalPages })}
          />
        ) : null}
      </View>
    </A4Page>
  );
}

export function documentLanguage(locale: Locale): string {
  return locale === "en" ? "en" : "nl-BE";
}

/** The presentation sheet of one service as a one-page PDF. */
export async function renderServiceSheet(
  organization: SheetOrganization,
  service: SheetService,
  locale: Locale = "nl",
): Promise<Buffer> {
  const texts = documentTexts(locale);
  return renderToBuffer(
    <Document
      title={`${texts.t("sheetTitle")} – ${pdfSafe(service.name)}`}
      author={pdfSafe(organization.name)}
      creator="Expeditie Zorg planner"
      producer="Expeditie Zorg planner"
      language={documentLanguage(locale)}
    >
      <ServiceSheet organization={organization} service={service} texts={texts} />
    </Document>,
  );
}
