/** What each card says, from a document's metadata and structure. */
import type { DocumentFrontmatter } from '../../schemas/document-meta.ts';
import type { UnitJson } from '../../schemas/document-tree.ts';
import { documentCitation, unitCitation } from '../model/pinpoint.ts';
import type { CitationCardInput } from './citation-card.ts';
import type { OgImageInput } from './og-image.ts';
import { cardString, unitParagraphs } from './text.ts';

type Meta = Parameters<typeof documentCitation>[0] & Pick<DocumentFrontmatter, 'province'>;

/**
 * The address a card prints for a unit at `path` (already under the site's base): its absolute
 * URL on the public origin when that is known, otherwise the site's name and the path — never a
 * `localhost` address nobody else can open.
 */
export function cardAddress(path: string, siteUrl: string | undefined): string {
  return siteUrl ? new URL(path, siteUrl).href : `Sổ tay Quy định · ${decodeURI(path)}`;
}

/** The slide card of one unit; `permalink` is its absolute URL on the site. */
export function citationCardInput(meta: Meta, unit: UnitJson, permalink: string): CitationCardInput {
  return {
    label: unit.label,
    paragraphs: unitParagraphs(unit),
    citation: cardString(unitCitation(documentCitation(meta), unit.label)),
    permalink,
  };
}

/** "Sổ tay Quy định · Điện Biên": the site, and the province a preview is about. */
function kicker(meta: Meta): string {
  return `Sổ tay Quy định · ${meta.province ?? 'không ghi tỉnh'}`;
}

/** A document's preview: its title, set large, and its citation (type, number, date, issuer). */
export function documentOgInput(meta: Meta): OgImageInput {
  return { kicker: kicker(meta), paragraphs: [cardString(`${meta.type} ${meta.title}`)], bold: true, citation: cardString(documentCitation(meta)) };
}

/** An article's preview: its first lines and its citation. */
export function articleOgInput(meta: Meta, unit: UnitJson): OgImageInput {
  return { kicker: kicker(meta), paragraphs: unitParagraphs(unit), bold: false, citation: cardString(unitCitation(documentCitation(meta), unit.label)) };
}
