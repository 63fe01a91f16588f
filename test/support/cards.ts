/** Every card the site makes, from the committed documents, for tests and benchmarks. */
import { CITATION_DESIGN, type CitationCardInput } from '../../src/lib/cards/citation-card.ts';
import type { CardDesign } from '../../src/lib/cards/card.ts';
import { articleOgInput, cardAddress, citationCardInput, documentOgInput } from '../../src/lib/cards/inputs.ts';
import { OG_DESIGN, type OgImageInput } from '../../src/lib/cards/og-image.ts';
import { routes, withBase } from '../../src/lib/routes.ts';
import { allUnits, shareableUnits } from '../../src/lib/model/tree.ts';
import type { DocumentTree } from '../../src/schemas/document-tree.ts';
import { documentTree } from './documents.ts';
import { SLUGS } from './paths.ts';

/** An origin for tests that give cards an absolute address. */
export const SITE = 'http://localhost:4321/';

export const TREES: DocumentTree[] = Object.values(SLUGS).map(documentTree);

export interface CardCase<Input> {
  name: string;
  design: CardDesign<Input>;
  input: Input;
}

/** The citation card of every unit of a document, as a build at the root without SITE_URL makes them. */
export function citationCards(tree: DocumentTree): CardCase<CitationCardInput>[] {
  return allUnits(tree).map((unit) => ({
    name: `the/${tree.meta.slug}/${unit.eId}`,
    design: CITATION_DESIGN,
    input: citationCardInput(tree.meta, unit, cardAddress(withBase(routes.unit(tree.meta.slug, unit.eId), '/'), undefined)),
  }));
}

/** The Open Graph image of a document and of each of its articles. */
export function ogImages(tree: DocumentTree): CardCase<OgImageInput>[] {
  return [
    { name: `og/${tree.meta.slug}`, design: OG_DESIGN, input: documentOgInput(tree.meta) },
    ...shareableUnits(tree).map((unit) => ({ name: `og/${tree.meta.slug}/${unit.eId}`, design: OG_DESIGN, input: articleOgInput(tree.meta, unit) })),
  ];
}

/** All the text of a card's input: what its fonts must cover. */
export function inputText(input: object): string {
  return Object.values(input).flat().filter((v) => typeof v === 'string').join('\n');
}

/** The longest card of a kind, by the length of its text. */
export function longest<Input extends object>(cases: CardCase<Input>[]): CardCase<Input> {
  return cases.reduce((a, b) => (inputText(b.input).length > inputText(a.input).length ? b : a));
}
