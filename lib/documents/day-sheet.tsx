// The day sheet (dagblad) of one programme as a PDF: who to call, then every stop in time order with the
// travel between them. Unlike the presentation sheet it runs onto as many A4 pages as it needs; a stop is
// never split over two pages.
import { Document, Page, Path, renderToBuffer, StyleSheet, Svg, Text, View } from "@react-pdf/renderer";
import { translator } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/time";
import { describeLeg, type DaySheet, type DaySheetRow } from "./day-sheet-data";
import { NEAR_BLACK, pdfSafe, textColorOn } from "./format";
import { accentTextColor, documentLanguage, FOOTER_STYLE, MARGIN_X, P } from "./service-sheet";

/** The day sheet's words from the catalogs, in the reader's language. */
export function daySheetTexts(locale: Locale = "nl") {
  return { locale, t: translator("daySheet", locale) };
}

export type DaySheetTexts = ReturnType<typeof daySheetTexts>;

const TIME_WIDTH = 72;
const MUTED = "#4b5563";

const styles = StyleSheet.create({
  page: {
    fontFamily: "Helvetica",
    fontSize: 9,
    color: NEAR_BLACK,
    lineHeight: 1.35,
    paddingTop: 36,
    paddingBottom: 56,
    paddingHorizontal: MARGIN_X,
  },
  band: { paddingHorizontal: 14, paddingVertical: 12, marginBottom: 12 },
  bandOrganization: { fontSize: 8, letterSpacing: 0.8, textTransform: "uppercase", marginBottom: 3 },
  bandTitle: { fontSize: 18, fontWeight: "bold", lineHeight: 1.15 },
  bandMeta: { fontSize: 10, marginTop: 4, lineHeight: 1.2 },
  intro: { marginBottom: 10 },
  introLine: { marginBottom: 2 },
  label: { fontWeight: "bold" },
  heading: { fontSize: 11, fontWeight: "bold", lineHeight: 1.2, marginTop: 10, marginBottom: 6 },
  // One stop with the travel that leads to it, kept together on one page.
  entry: { borderTopWidth: 0.75, borderTopColor: "#9ca3af" },
  last: { borderBottomWidth: 0.75, borderBottomColor: "#9ca3af" },
  row: { flexDirection: "row", paddingTop: 5, paddingBottom: 5 },
  optionRow: { backgroundColor: "#f3f4f6" },
  time: { width: TIME_WIDTH, fontWeight: "bold", fontSize: 10, paddingLeft: 2 },
  main: { flex: 1 },
  stopLabel: { fontSize: 10.5, fontWeight: "bold", lineHeight: 1.25 },
  kind: { fontSize: 8, color: MUTED, marginBottom: 2 },
  line: { marginTop: 1.5 },
  practical: { marginTop: 3, paddingLeft: 6, borderLeftWidth: 2 },
  leg: { flexDirection: "row", alignItems: "center", paddingTop: 4, paddingLeft: TIME_WIDTH },
  legText: { fontSize: 8.5, color: MUTED, marginLeft: 5 },
  paragraph: { marginBottom: 4 },
  footer: FOOTER_STYLE,
  footerText: { flex: 1, maxLines: 1, textOverflow: "ellipsis", marginRight: 12 },
  // A page number is laid out before it is known: it needs a width of its own.
  pageNumber: { width: 90, textAlign: "right" },
});

/** "Label: text", the label in bold; nothing when the text is empty. */
function Line({ label, text }: { label: string; text: string }) {
  if (!text) return null;
  return (
    <P style={styles.line}>
      <Text style={styles.label}>{pdfSafe(label)}: </Text>
      {pdfSafe(text)}
    </P>
  );
}

/** A small down arrow, drawn: the standard PDF fonts have no "↓". */
function DownArrow({ color }: { color: string }) {
  return (
    <Svg width={7} height={10} viewBox="0 0 7 10">
      <Path d="M3.5 0.5 L3.5 9 M0.8 6 L3.5 9 L6.2 6" stroke={color} strokeWidth={1.1} fill="none" />
    </Svg>
  );
}

function Row({ row, texts, brand }: { row: DaySheetRow; texts: DaySheetTexts; brand: string }) {
  const { t } = texts;
  const kind = [t(`stopKind.${row.kind}`)];
  if (row.isOption) {
    kind.push(t("option"));
    if (row.capacity !== null) kind.push(t("capacity", { count: row.capacity }));
  }
  const where = [row.placeName, row.address].filter(Boolean).join(", ");
  const practical =
    row.practical && (row.practical.dressCode || row.practical.accessibilityNotes) ? row.practical : null;
  return (
    <View style={row.isOption ? [styles.row, styles.optionRow] : styles.row}>
      <P style={styles.time}>{pdfSafe(row.time)}</P>
      <View style={styles.main}>
        <P style={styles.stopLabel}>{pdfSafe(row.label || t(`stopKind.${row.kind}`))}</P>
        <P style={styles.kind}>{pdfSafe(kind.join(" · "))}</P>
        <Line label={t("place")} text={where} />
        <Line label={t("contact")} text={row.contact} />
        <Line label={t("activity")} text={row.activity} />
        <Line label={t("handsOnTask")} text={row.handsOnTask} />
        <Line label={t("userParticipation")} text={row.userParticipation} />
        <Line label={t("notes")} text={row.notes} />
        {practical ? (
          <View style={[styles.practical, { borderLeftColor: brand }]}>
            <Line label={t("dressCode")} text={practical.dressCode} />
            <Line label={t("accessibility")} text={practical.accessibilityNotes} />
          </View>
        ) : null}
      </View>
    </View>
  );
}

/** The day sheet as a PDF of one or more A4 pages, with page numbers in the footer. */
export async function renderDaySheet(model: DaySheet, texts: DaySheetTexts = daySheetTexts()): Promise<Buffer> {
  const { t, locale } = texts;
  const brand = model.organization.brandColor;
  const accent = accentTextColor(brand);
  const contact = [model.contact.name, model.contact.phone, model.contact.email].filter(Boolean).join(" · ");
  const notes = [
    { heading: t("programmeNotes"), text: model.programmeNotes },
    { heading: t("practicalNotes"), text: model.practicalNotes },
  ].filter((section) => section.text);
  return renderToBuffer(
    <Document
      title={pdfSafe(`${t("title")} – ${model.programmeName}`)}
      author={pdfSafe(model.organization.name)}
      creator="Expeditie Zorg planner"
      producer="Expeditie Zorg planner"
      language={documentLanguage(locale)}
    >
      <Page size="A4" style={styles.page}>
        <View style={[styles.band, { backgroundColor: brand, color: textColorOn(brand) }]}>
          <P style={styles.bandOrganization}>{pdfSafe(`${model.organization.name} · ${model.expeditionTitle}`)}</P>
          <P style={styles.bandTitle}>{pdfSafe(t("titleFor", { name: model.programmeName }))}</P>
          <P style={styles.bandMeta}>{pdfSafe(model.date)}</P>
        </View>
        <View style={styles.intro}>
          <P style={styles.introLine}>{pdfSafe(t("kind", { kind: model.kind }))}</P>
          {contact ? (
            <P style={styles.introLine}>
              <Text style={styles.label}>{pdfSafe(t("contactHeading"))}: </Text>
              {pdfSafe(contact)}
            </P>
          ) : null}
        </View>
        <View minPresenceAhead={60}>
          <P style={[styles.heading, { color: accent }]}>{pdfSafe(t("scheduleHeading"))}</P>
        </View>
        {model.rows.length === 0 ? <P>{pdfSafe(t("noStops"))}</P> : null}
        {model.rows.map((row, i) => (
          <View
            key={row.id}
            style={i === model.rows.length - 1 ? [styles.entry, styles.last] : styles.entry}
            wrap={false}
          >
            {row.arrival ? (
              <View style={styles.leg}>
                <DownArrow color={MUTED} />
                <P style={styles.legText}>{pdfSafe(describeLeg(row.arrival, t, locale))}</P>
              </View>
            ) : null}
            <Row row={row} texts={texts} brand={brand} />
          </View>
        ))}
        {notes.map((section) => (
          <View key={section.heading}>
            <View minPresenceAhead={40}>
              <P style={[styles.heading, { color: accent }]}>{pdfSafe(section.heading)}</P>
            </View>
            {section.text.split(/\n+/).map((paragraph, i) => (
              <P key={i} style={styles.paragraph}>
                {pdfSafe(paragraph)}
              </P>
            ))}
          </View>
        ))}
        <View style={styles.footer} fixed>
          <P style={styles.footerText}>
            {pdfSafe(`${model.expeditionTitle} · ${t("title")} · ${model.programmeName} · ${model.date}`)}
          </P>
          <Text
            style={styles.pageNumber}
            render={({ pageNumber, totalPages }) => t("pageOf", { page: pageNumber, total: totalPages })}
          />
        </View>
      </Page>
    </Document>,
  );
}
