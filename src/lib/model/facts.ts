import { DOCUMENT_STATUSES, type DocumentFrontmatter } from '../../schemas/document-meta.ts';
import { formatPartialDate } from './dates.ts';

export interface Fact {
  term: string;
  value: string;
  /** The text leaves this blank: shown as such, never filled in. */
  blank: boolean;
  /** Slug of a document in the library the value refers to. */
  slug?: string;
}

const BLANK = 'chưa ghi';

/** The metadata panel of a document, in the order a reader looks for it. */
export function documentFacts(meta: DocumentFrontmatter): Fact[] {
  const fact = (term: string, value: string | null, blankText = BLANK): Fact => ({ term, value: value ?? blankText, blank: value === null });
  const number = meta.symbol ? `${meta.number ?? '…'}-${meta.symbol}${meta.number ? '' : ' (chưa ghi số)'}` : null;
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
    fact('Người ký', signer, meta.status === 'du-thao' ? 'chưa ký (dự thảo)' : BLANK),
    fact('Tình trạng', DOCUMENT_STATUSES[meta.status]),
  ];
  if (meta.replaces.length) {
    for (const r of meta.replaces) {
      facts.push({ term: r.partial ? 'Thay thế một phần' : 'Thay thế', value: r.label, blank: false, ...(r.slug ? { slug: r.slug } : {}) });
    }
  } else {
    facts.push({ term: 'Thay thế', value: 'không ghi', blank: true });
  }
  return facts;
}
