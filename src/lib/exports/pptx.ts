/**
 * "Tải PowerPoint (.pptx)": a title slide, then each unit on as many slides as its words need at
 * 28 pt (the smallest size anywhere in the deck), continuations titled "(tiếp)"; the citation,
 * the permalink and its QR code on every slide; the trainer's note in the speaker notes.
 * Built with pptxgenjs, which the page loads only when the reader asks for a deck.
 */
import PptxGenJS from 'pptxgenjs';
import type { FactParagraph } from '../model/unit-facts.ts';
import type { Handout, HandoutUnit } from './handout.ts';
import { remembering, splitIntoSlides, textHeight, type TextBox, type TextMeasure } from './slides.ts';

/** 16:9, in inches (pptxgenjs' LAYOUT_WIDE). */
const SLIDE = { w: 13.333, h: 7.5 };
const MARGIN = 0.5;
const QR = 1.9;
export const MIN_SIZE = 28;
const BODY: Omit<TextBox, 'width' | 'height'> = { size: MIN_SIZE, lineHeight: 1.2 };
const TITLE_SIZE = 32;
const FONT = 'Times New Roman';
const INK = '1B1B1B';
const ACCENT = '8A1C1C';
const MUTED = '51504C';
/** What is measured is not exactly what PowerPoint sets: keep a tenth of the box spare. */
const SAFETY = 0.9;

const pt = (inches: number) => inches * 72;

/** Names of a unit slide's shapes, as PowerPoint's selection pane shows them. */
export const SHAPES = { title: 'Tiêu đề', body: 'Văn bản', citation: 'Trích dẫn' } as const;

export interface SlideChunk {
  unit: HandoutUnit;
  /** 0 for the unit's first slide. */
  part: number;
  parts: number;
  paragraphs: FactParagraph[];
}

/** The footer of a unit's slides (citation and permalink beside the QR code), and the body box left above it. */
function layout(unit: HandoutUnit, measure: TextMeasure) {
  const footerWidth = SLIDE.w - 2 * MARGIN - QR - 0.2;
  const footerBox: TextBox = { width: pt(footerWidth), height: Infinity, ...BODY };
  const footerHeight = Math.max(pt(QR), textHeight([[[unit.citation]], [[unit.permalink]]], footerBox, measure)) / 72;
  const titleHeight = (TITLE_SIZE * 1.25) / 72 + 0.15;
  const bodyTop = MARGIN + titleHeight;
  const bodyHeight = SLIDE.h - MARGIN - footerHeight - 0.2 - bodyTop;
  return { footerWidth, footerHeight, titleHeight, bodyTop, bodyHeight };
}

/** Each unit's words cut into slides that hold them at 28 pt. */
export function slideChunks(handout: Handout, measureText: TextMeasure): SlideChunk[] {
  const measure = remembering(measureText);
  return handout.units.flatMap((unit) => {
    const { bodyHeight } = layout(unit, measure);
    const box: TextBox = { width: pt(SLIDE.w - 2 * MARGIN) * SAFETY, height: pt(bodyHeight) * SAFETY, ...BODY };
    const parts = splitIntoSlides(unit.paragraphs, (ps) => textHeight(ps, box, measure) <= box.height);
    return parts.map((paragraphs, part) => ({ unit, part, parts: parts.length, paragraphs }));
  });
}

function runs(paragraphs: readonly FactParagraph[]): PptxGenJS.TextProps[] {
  return paragraphs.flatMap((p, pi) =>
    p.map((r, ri) => ({
      text: r[0],
      options: {
        bold: r[1]?.includes('b') ?? false,
        italic: r[1]?.includes('i') ?? false,
        ...(r[1]?.includes('s') ? { strike: 'sngStrike' as const } : {}),
        ...(r[1]?.includes('^') ? { superscript: true } : {}),
        ...(r[1]?.includes('_') ? { subscript: true } : {}),
        ...(ri === p.length - 1 && pi < paragraphs.length - 1 ? { breakLine: true } : {}),
      },
    })),
  );
}

export interface DeckInput {
  handout: Handout;
  measure: TextMeasure;
  /** A PNG of the QR code of a URL, as a data URL. */
  qr: (url: string) => Promise<string>;
}

/** The deck, as the bytes of a .pptx file. */
export async function buildDeck({ handout, measure, qr }: DeckInput): Promise<Uint8Array> {
  const pres = new PptxGenJS();
  pres.layout = 'LAYOUT_WIDE';
  pres.title = handout.title;
  pres.subject = handout.subtitle;
  pres.company = 'Sổ tay Quy định';
  pres.theme = { headFontFace: FONT, bodyFontFace: FONT };
  const text = { fontFace: FONT, color: INK, margin: 0, valign: 'top' as const, fit: 'none' as const, lang: 'vi-VN' };

  const title = pres.addSlide();
  title.addText(handout.title, { ...text, x: MARGIN, y: 2.2, w: SLIDE.w - 2 * MARGIN, h: 1.6, fontSize: 44, bold: true, color: ACCENT, align: 'center', valign: 'middle' });
  title.addText(handout.subtitle, { ...text, x: MARGIN, y: 4, w: SLIDE.w - 2 * MARGIN, h: 1.4, fontSize: MIN_SIZE, color: MUTED, align: 'center' });

  const codes = new Map<string, string>();
  for (const u of handout.units) if (!codes.has(u.permalink)) codes.set(u.permalink, await qr(u.permalink));

  const measureWords = remembering(measure);
  for (const chunk of slideChunks(handout, measureWords)) {
    const { unit } = chunk;
    const l = layout(unit, measureWords);
    const slide = pres.addSlide();
    const heading = `${unit.label}${chunk.part > 0 ? ' (tiếp)' : ''}${chunk.parts > 1 ? ` · ${chunk.part + 1}/${chunk.parts}` : ''}`;
    slide.addText(heading, { ...text, objectName: SHAPES.title, x: MARGIN, y: MARGIN, w: SLIDE.w - 2 * MARGIN, h: l.titleHeight, fontSize: TITLE_SIZE, bold: true, color: ACCENT });
    slide.addText(runs(chunk.paragraphs), {
      ...text,
      objectName: SHAPES.body,
      x: MARGIN,
      y: l.bodyTop,
      w: SLIDE.w - 2 * MARGIN,
      h: l.bodyHeight,
      fontSize: MIN_SIZE,
      lineSpacing: MIN_SIZE * BODY.lineHeight,
      paraSpaceAfter: MIN_SIZE * BODY.lineHeight * 0.34,
    });
    const footerTop = SLIDE.h - MARGIN - l.footerHeight;
    slide.addText(
      [
        { text: unit.citation, options: { breakLine: true } },
        { text: unit.permalink, options: { hyperlink: { url: unit.permalink }, color: '1D4ED8' } },
      ],
      { ...text, objectName: SHAPES.citation, x: MARGIN, y: footerTop, w: l.footerWidth, h: l.footerHeight, fontSize: MIN_SIZE, color: MUTED, lineSpacing: MIN_SIZE * BODY.lineHeight, paraSpaceAfter: MIN_SIZE * BODY.lineHeight * 0.34 },
    );
    slide.addImage({ data: codes.get(unit.permalink)!, x: SLIDE.w - MARGIN - QR, y: SLIDE.h - MARGIN - QR, w: QR, h: QR, altText: `Mã QR mở ${unit.permalink}` });
    const notes = [unit.note && `Ghi chú của giảng viên: ${unit.note}`, unit.notice, `${unit.citation}\n${unit.permalink}`].filter(Boolean).join('\n\n');
    slide.addNotes(notes);
  }
  const out = await pres.write({ outputType: 'uint8array', compression: true });
  return out as Uint8Array;
}
