/**
 * The facts panel of a cited document's page: what the citing texts say it is. Where they
 * disagree, every value is shown; where none of them says, it is shown as blank.
 */
import { CITATION_LEVELS } from '../../schemas/cited-document.ts';
import type { Fact } from '../model/facts.ts';
import type { CatalogEntry } from './catalog.ts';
import { variantsOf, type ComparedField } from './disagreements.ts';
import { provinceOf, shortNames } from './naming.ts';

const NOT_SAID = 'các văn bản dẫn chiếu không ghi';

export function citedFacts(entry: CatalogEntry, shortTitleOf: (slug: string) => string): Fact[] {
  const { doc } = entry;
  const occurrences = entry.byDocument.flatMap((g) => g.occurrences);
  const said = (term: string, field: ComparedField, always = true): Fact[] => {
    const values = variantsOf(occurrences, field).map((v) => v.value);
    if (!values.length) return always ? [{ term, value: NOT_SAID, blank: true }] : [];
    const differ = values.length > 1 ? ' (các văn bản ghi khác nhau, xem bên dưới)' : '';
    return [{ term, value: `${values.join(' hoặc ')}${differ}`, blank: false }];
  };
  const province = provinceOf(doc, shortTitleOf);
  const names = shortNames(doc);
  return [
    { term: 'Loại văn bản', value: doc.type, blank: false },
    doc.number !== null
      ? { term: 'Số hiệu', value: `${doc.number}-${doc.symbol}`, blank: false }
      : { term: 'Số hiệu', value: 'không ghi: các văn bản gọi bằng tên', blank: true },
    ...said('Ngày ban hành', 'date'),
    ...said('Cơ quan ban hành', 'issuer'),
    ...said('Khóa', 'term', false),
    { term: 'Cấp', value: CITATION_LEVELS[doc.level], blank: false },
    ...(province ? [{ term: 'Tỉnh', value: province, blank: !doc.province }] : []),
    { term: 'Trích yếu', value: doc.title ?? NOT_SAID, blank: !doc.title },
    ...(names.length ? [{ term: 'Tên thường gọi', value: names.join('; '), blank: false }] : []),
  ];
}
