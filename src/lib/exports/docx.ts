/**
 * "Tải Word (.docx)": the handout as an editable Word file, laid out like a Vietnamese
 * administrative text (A4, margins after Nghị định 30/2020/NĐ-CP, Times New Roman 14 pt). The
 * official words are runs that keep the source's bold and italic; each unit's QR code is an
 * image beside its citation and permalink; the trainer's note is its own style, set apart.
 * Built with `docx`, which the page loads only when the reader asks for the file.
 */
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  ExternalHyperlink,
  Footer,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { FactParagraph } from '../model/unit-facts.ts';
import type { Handout } from './handout.ts';

const FONT = 'Times New Roman';
/** Half-points: 14 pt. */
const SIZE = 28;
/** Nghị định 30/2020/NĐ-CP, Phụ lục I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const PAGE_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 };
const QR_PX = 110;

const STYLE = { text: 'VanBan', citation: 'TrichDan', note: 'GhiChu', notice: 'LuuY' } as const;

function officialRuns(p: FactParagraph): TextRun[] {
  return p.map(
    ([text, marks = '']) =>
      new TextRun({
        text,
        bold: marks.includes('b'),
        italics: marks.includes('i'),
        strike: marks.includes('s'),
        superScript: marks.includes('^'),
        subScript: marks.includes('_'),
      }),
  );
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

export interface DocxInput {
  handout: Handout;
  /** The PNG bytes of the QR code of a URL. */
  qr: (url: string) => Promise<Uint8Array>;
}

export async function buildDocx({ handout, qr }: DocxInput): Promise<Uint8Array> {
  const children: Array<Paragraph | Table> = [
    new Paragraph({ style: 'Title', children: [new TextRun(handout.title)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 360 }, children: [new TextRun({ text: handout.subtitle, italics: true })] }),
  ];
  for (const unit of handout.units) {
    children.push(new Paragraph({ style: 'Heading1', keepNext: true, children: [new TextRun(`${unit.label} · ${unit.documentTitle}`)] }));
    if (unit.notice) children.push(new Paragraph({ style: STYLE.notice, children: [new TextRun(unit.notice)] }));
    for (const p of unit.paragraphs) children.push(new Paragraph({ style: STYLE.text, children: officialRuns(p) }));
    const code = await qr(unit.permalink);
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
        rows: [
          new TableRow({
            cantSplit: true,
            children: [
              new TableCell({
                width: { size: 78, type: WidthType.PERCENTAGE },
                children: [
                  new Paragraph({ style: STYLE.citation, children: [new TextRun(unit.citation)] }),
                  new Paragraph({ style: STYLE.citation, children: [new ExternalHyperlink({ link: unit.permalink, children: [new TextRun({ text: unit.permalink, style: 'Hyperlink' })] })] }),
                ],
              }),
              new TableCell({
                width: { size: 22, type: WidthType.PERCENTAGE },
                children: [
                  new Paragraph({
                    alignment: AlignmentType.RIGHT,
                    children: [new ImageRun({ type: 'png', data: code, transformation: { width: QR_PX, height: QR_PX }, altText: { name: 'QR', title: 'Mã QR', description: `Mã QR mở ${unit.permalink}` } })],
                  }),
                ],
              }),
            ],
          }),
        ],
      }),
    );
    if (unit.note) {
      children.push(
        new Paragraph({ style: STYLE.note, children: [new TextRun({ text: 'Ghi chú của giảng viên: ', bold: true }), ...unit.note.split('\n').flatMap((line, i) => [new TextRun({ text: line, break: i > 0 ? 1 : 0 })])] }),
      );
    }
  }
  const mm = convertMillimetersToTwip;
  const doc = new Document({
    creator: 'Sổ tay Quy định',
    title: handout.title,
    description: handout.subtitle,
    styles: {
      default: {
        document: { run: { font: FONT, size: SIZE, language: { value: 'vi-VN' } }, paragraph: { spacing: { line: 276 } } },
        title: { run: { font: FONT, size: 32, bold: true, color: '000000' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } } },
        heading1: { run: { font: FONT, size: SIZE, bold: true, color: '000000' }, paragraph: { spacing: { before: 360, after: 120 } } },
      },
      paragraphStyles: [
        { id: STYLE.text, name: 'Văn bản trích', basedOn: 'Normal', run: { font: FONT, size: SIZE }, paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 }, indent: { firstLine: mm(10) } } },
        { id: STYLE.citation, name: 'Trích dẫn', basedOn: 'Normal', run: { font: FONT, size: 24, italics: true }, paragraph: { spacing: { after: 60 } } },
        {
          id: STYLE.note,
          name: 'Ghi chú của giảng viên',
          basedOn: 'Normal',
          run: { font: FONT, size: 26 },
          paragraph: {
            spacing: { before: 120, after: 240 },
            indent: { left: mm(5) },
            border: { left: { style: BorderStyle.SINGLE, size: 18, color: '8A1C1C', space: 8 } },
            shading: { type: ShadingType.CLEAR, fill: 'F3F0E8', color: 'auto' },
          },
        },
        { id: STYLE.notice, name: 'Lưu ý về văn bản', basedOn: 'Normal', run: { font: FONT, size: 24, italics: true, color: '6B4A00' } },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(PAGE_MARGINS_MM.top), bottom: mm(PAGE_MARGINS_MM.bottom), left: mm(PAGE_MARGINS_MM.left), right: mm(PAGE_MARGINS_MM.right) },
          },
        },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 24 })] })] }) },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
