import type { DocumentFrontmatter } from '../../schemas/document-meta.ts';
import type { Target, TimelineEntry } from '../status/timeline.ts';
import { formatPartialDate } from './dates.ts';

export interface Fact {
  term: string;
  value: string;
  /** The text leaves this blank: shown as such, never filled in. */
  blank: boolean;
  /** The page the value names: a document of the library, or a cited document's page. */
  link?: Target;
}

const BLANK = 'chưa ghi';

const numberOf = (meta: DocumentFrontmatter) => (meta.symbol ? `${meta.number ?? '…'}-${meta.symbol}${meta.number ? '' : ' (chưa ghi số)'}` : null);

/**
 * The facts a phone shows in one line above the text, before the full panel is opened:
 * number and date as the text writes them, or that it leaves them blank.
 */
export function factsLine(meta: DocumentFrontmatter): string[] {
  const number = numberOf(meta);
  const date = formatPartialDate(meta.date);
  return [number ? `Số ${number}` : `Số ${BLANK}`, date ? `ngày ${date}` : `ngày ${BLANK}`];
}

/**
 * The metadata panel of a document, in the order a reader looks for it; its status has a panel of
 * its own (components/status/StatusPanel.astro). `replacedBy`: what the
 * library knows replaced it (src/lib/status/timeline.ts).
 */
export function documentFacts(meta: DocumentFrontmatter, replacedBy: TimelineEntry[] = []): Fact[] {
  const fact = (term: string, value: string | null, blankText = BLANK): Fact => ({ term, value: value ?? blankText, blank: value === null });
  const number = numberOf(meta);
  let date = formatPartialDate(meta.date);
  if (date && meta.date && meta.date.day === null) date += ' (chưa ghi ngày)';
  const notBefore = formatPartialDate(meta.notBefore);
  const signer = meta.signer
    ? [meta.signer.onBehalfOf, [meta.signer.title, meta.signer.name ?? '(không ghi tên)'].filter(Boolean).join(' ')].filter(Boolean).join(', ')
    : null;
  const facts: Fact[] = [
    fact('Loại văn bản', meta.type),
    fact('Số hiệu', number),
    fact('Ngày ban hành', date, notBefore ? `${BLANK} (văn bản có dẫn chiếu văn bản ngày ${notBefore})` : BLANK),
    fact('Cơ quan ban hành', meta.issuer),
    fact('Tỉnh', meta.province, 'không ghi'),
    fact('Người ký', signer, meta.status.value === 'du-thao' ? 'chưa ký (dự thảo)' : BLANK),
  ];
  if (meta.replaces.length) {
    for (const r of meta.replaces) {
      const link: Target | undefined = r.slug ? { kind: 'document', slug: r.slug } : r.cited ? { kind: 'cited', id: r.cited } : undefined;
      facts.push({ term: r.partial ? 'Thay thế một phần' : 'Thay thế', value: r.label, blank: false, ...(link ? { link } : {}) });
    }
  } else {
    facts.push({ term: 'Thay thế', value: 'không ghi', blank: true });
  }
  for (const entry of replacedBy) facts.push({ term: 'Bị thay thế bởi', value: entry.label, blank: false, link: entry.target });
  return facts;
}
