/** Reading back what the notebook exports: Word text (mammoth), slides (jszip), PDF text (pdftotext), QR codes (jsqr). */
import { execFileSync } from 'node:child_process';
import { decode } from 'fast-png';
import jsQR from 'jsqr';
import JSZip from 'jszip';
import mammoth from 'mammoth';

/** One line of words, for comparing texts laid out differently. */
export const words = (s: string) => s.replace(/\s+/g, ' ').trim();

export async function docxText(bytes: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer: bytes })).value;
}

/** The text of a QR code in a PNG, or null. */
export function readQr(png: Uint8Array): string | null {
  const img = decode(png);
  const { width, height, channels } = img;
  const src = img.data;
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const grey = channels < 3;
    rgba[i * 4] = Number(src[i * channels]);
    rgba[i * 4 + 1] = Number(src[i * channels + (grey ? 0 : 1)]);
    rgba[i * 4 + 2] = Number(src[i * channels + (grey ? 0 : 2)]);
    rgba[i * 4 + 3] = channels === 4 || channels === 2 ? Number(src[i * channels + channels - 1]) : 255;
  }
  return jsQR(rgba, width, height)?.data ?? null;
}

/** The PNG images a zip (docx, pptx) holds under a folder, in name order. */
export async function zipImages(bytes: Buffer, folder: string): Promise<Uint8Array[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((n) => n.startsWith(folder) && n.endsWith('.png'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return Promise.all(names.map((n) => zip.file(n)!.async('uint8array')));
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export interface Slide {
  /** Paragraphs of each named shape. */
  shapes: Record<string, string[]>;
  /** Every font size on the slide, in points. */
  sizes: number[];
  notes: string;
}

function shapeTexts(xml: string): Record<string, string[]> {
  const shapes: Record<string, string[]> = {};
  for (const sp of xml.match(/<p:sp>[\s\S]*?<\/p:sp>/g) ?? []) {
    const name = unescape(/<p:cNvPr [^>]*name="([^"]*)"/.exec(sp)?.[1] ?? '');
    shapes[name] = (sp.match(/<a:p>[\s\S]*?<\/a:p>/g) ?? []).map((p) => [...p.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescape(m[1]!)).join(''));
  }
  return shapes;
}

export async function pptxSlides(bytes: Buffer): Promise<Slide[]> {
  const zip = await JSZip.loadAsync(bytes);
  const count = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length;
  const slides: Slide[] = [];
  for (let i = 1; i <= count; i++) {
    const xml = await zip.file(`ppt/slides/slide${i}.xml`)!.async('string');
    const notesXml = (await zip.file(`ppt/notesSlides/notesSlide${i}.xml`)?.async('string')) ?? '';
    slides.push({
      shapes: shapeTexts(xml),
      sizes: [...xml.matchAll(/ sz="(\d+)"/g)].map((m) => Number(m[1]) / 100),
      notes: Object.values(shapeTexts(notesXml)).flat().join('\n'),
    });
  }
  return slides;
}

/**
 * Each page of a PDF, read in content order (`pdftotext -raw`: without it poppler joins a word
 * broken after a hyphen at a line end and drops the hyphen, "198-KL/TW" → "198KL/TW"): its
 * text, and its page number line ("2 / 5"), which Chromium writes first.
 */
export function pdfPages(path: string): Array<{ text: string; footer: string }> {
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  return text
    .split('\f')
    .filter((p) => p.trim())
    .map((p) => {
      const lines = p.trim().split('\n');
      const at = lines.findIndex((l) => /^\d+ \/ \d+$/.test(l.trim()));
      return { text: lines.filter((_, i) => i !== at).join('\n'), footer: at < 0 ? '' : lines[at]!.trim() };
    });
}

/** Words as a PDF's text gives them: a line broken after a hyphen reads "198- KL/TW". */
export const pdfWords = (s: string) => words(s).replace(/- /g, '-');
