/**
 * QR codes of permalinks for the exports, with `qrcode`: a PNG for Word and PowerPoint, an SVG
 * for the print view. Error correction M and a four-module quiet zone, so a phone reads them
 * from paper or from a projected slide.
 */
import QRCode from 'qrcode';

const OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;

/** A PNG data URL (`data:image/png;base64,…`). */
export function qrPngDataUrl(url: string, width = 360): Promise<string> {
  return QRCode.toDataURL(url, { ...OPTIONS, width, type: 'image/png' });
}

export function dataUrlBytes(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export async function qrPng(url: string, width = 360): Promise<Uint8Array> {
  return dataUrlBytes(await qrPngDataUrl(url, width));
}

/** An SVG document, black on white. */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { ...OPTIONS, type: 'svg', color: { dark: '#000000', light: '#ffffff' } });
}
