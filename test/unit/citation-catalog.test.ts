import { describe, expect, it } from 'vitest';
import { buildCatalog, CitationCheckError, type CatalogDocument } from '../../src/lib/citations/catalog.ts';
import { disagreementsOf } from '../../src/lib/citations/disagreements.ts';
import type { Occurrence } from '../../src/lib/citations/occurrences.ts';
import { Registry } from '../../src/lib/citations/registry.ts';
import { relationOf } from '../../src/lib/citations/relation.ts';
import { snippet } from '../../src/lib/citations/snippet.ts';
import { fold } from '../../src/lib/text/fold.ts';
import { importSource, REGISTRY } from '../support/import.ts';
import { SLUGS } from '../support/paths.ts';

const documents: CatalogDocument[] = Object.keys(SLUGS).map((source) => {
  const { tree } = importSource(source);
  return { tree, file: `content/documents/${tree.meta.slug}.json` };
});
const catalog = buildCatalog(documents, REGISTRY);

/** The problems building the catalog reports, or [] when it builds. */
function problems(docs: CatalogDocument[], registry: Registry): string[] {
  try {
    buildCatalog(docs, registry);
    return [];
  } catch (error) {
    if (error instanceof CitationCheckError) return error.problems;
    throw error;
  }
}

const withEntry = (id: string, patch: object) => new Registry(REGISTRY.documents.map((d) => (d.id === id ? { ...d, ...patch } : d)));

describe('the citation catalog of the four documents', () => {
  it('has every registry entry, most cited first, 81 citations in all', () => {
    expect(catalog.entries.length).toBe(31);
    expect(catalog.entries.reduce((n, e) => n + e.count, 0)).toBe(81);
    expect(catalog.entries.slice(0, 2).map((e) => [e.name, e.count])).toEqual([
      ['Điều lệ Đảng', 10],
      ['Chỉ thị số 05-CT/TW', 8],
    ]);
  });

  it('finds the guideline calling Kết luận 21-KL/TW a "khóa XII" conclusion once and "khóa XIII" five times', () => {
    const entry = catalog.get('21-kl-tw-2021')!;
    expect(entry.disagreements.map((d) => [d.field, d.variants.map((v) => [v.value, v.occurrences.map((o) => `${o.slug}:${o.line}`)])])).toEqual([
      [
        'term',
        [
          ['khóa XIII', ['huong-dan-neu-guong:8', 'huong-dan-neu-guong:12', 'huong-dan-neu-guong:110', 'huong-dan-neu-guong:116', 'huong-dan-neu-guong:188']],
          ['khóa XII', ['huong-dan-neu-guong:30']],
        ],
      ],
    ]);
    // The texts that give no term, or "Trung ương" without "Đảng", do not disagree.
    expect(catalog.get('37-qd-tw-2021')!.disagreements).toEqual([]);
  });

  it('reads how each text relates to what it cites', () => {
    const relations = (id: string) => catalog.get(id)!.byDocument.map((g) => [g.slug, g.relation]);
    expect(relations('101-qd-tw-2012')).toEqual([
      ['quy-dinh-neu-guong-dien-bien', 'basis'],
      ['huong-dan-neu-guong', 'implements'],
    ]);
    expect(relations('4871-qd-tu-dien-bien-2019')).toEqual([['quy-dinh-neu-guong-dien-bien', 'replaces']]);
    expect(relations('2338-cv-tu-khong-ghi-tinh-2018')).toEqual([['huong-dan-neu-guong', 'replaces']]);
    expect(relations('01-qc-tu-dien-bien-2021')).toEqual([['quy-che-lam-viec-tinh-uy-dien-bien', 'replaces']]);
    expect(relations('quy-che-bau-cu-trong-dang')).toEqual([['quy-che-lam-viec-tinh-uy-dien-bien', 'mentions']]);
  });

  it('lists what one document cites, most often first', () => {
    expect(catalog.citedIn('huong-dan-neu-guong').slice(0, 3).map((c) => [c.entry.doc.id, c.count])).toEqual([
      ['04-nq-tw-2016', 8],
      ['05-ct-tw-2016', 6],
      ['21-kl-tw-2021', 6],
    ]);
    expect(catalog.citedIn('chi-thi-ky-luat-hanh-chinh-lao-cai').length).toBe(5);
  });
});

describe('building the catalog fails, naming file and line', () => {
  it('for a citation whose document left the registry, and for an entry nothing cites', () => {
    const registry = new Registry(REGISTRY.documents.filter((d) => d.id !== '80-qd-tw-2022'));
    const extra = new Registry([...REGISTRY.documents, { ...REGISTRY.get('80-qd-tw-2022')!, id: 'khong-ai-dan', number: '81', file: 'content/cited/khong-ai-dan.yaml' }]);
    expect(problems(documents, registry)).toContain(
      'content/sources/004_cdcf607f15aa0d9f.txt:17: «Quy định số 80-QĐ/TW, ngày 18/8/2022 của Bộ Chính trị»: văn bản số 80-QĐ/TW chưa có trong sổ văn bản được dẫn chiếu',
    );
    expect(problems(documents, extra)).toEqual(['content/cited/khong-ai-dan.yaml: không văn bản nào dẫn chiếu văn bản này: xóa tệp, hoặc thêm vào "names" tên mà văn bản dùng để gọi nó']);
  });

  it('when the registry says a date, an issuer or a subject no citing text gives', () => {
    expect(problems(documents, withEntry('101-qd-tw-2012', { date: { day: 8, month: 6, year: 2012 } }))).toEqual([
      'content/cited/101-qd-tw-2012.yaml: "date" là 08/06/2012 nhưng các văn bản dẫn chiếu ghi 07/06/2012',
    ]);
    expect(problems(documents, withEntry('101-qd-tw-2012', { issuer: 'Bộ Chính trị' }))).toEqual([
      'content/cited/101-qd-tw-2012.yaml: "issuer" là Bộ Chính trị nhưng các văn bản dẫn chiếu ghi Ban Bí thư',
    ]);
    expect(problems(documents, withEntry('101-qd-tw-2012', { title: 'về một việc khác' }))).toEqual([
      'content/cited/101-qd-tw-2012.yaml: không văn bản dẫn chiếu nào ghi trích yếu "về một việc khác"',
    ]);
  });

  it('when a stored tree is stale: its links are not what the importer makes from the registry', () => {
    const stale = structuredClone(documents[0]!);
    const basis = stale.tree.preamble.find((u) => u.kind === 'basis' && u.text?.some((r) => r.cite))!;
    basis.text = basis.text!.map(({ cite: _cite, ...r }) => r);
    expect(problems([stale, ...documents.slice(1)], REGISTRY)).toEqual([
      `${stale.file}: các liên kết dẫn chiếu khác với những gì trình nhập tạo ra từ sổ hiện tại: chạy "npm run import"`,
    ]);
  });
});

const occurrence = (context: string, text: string, kind: Occurrence['kind'] = 'clause'): Occurrence => {
  const start = context.indexOf(text);
  return { citedId: 'x', slug: 's', eId: 'dieu-1', label: 'Điều 1', kind, line: 1, text, context, start, end: start + text.length };
};

describe('relations, disagreements and snippets', () => {
  it('takes the nearest verb before the phrase in its sentence', () => {
    expect(relationOf(occurrence('Quy định này thay thế Quy định số 1-QĐ/TU.', 'Quy định số 1-QĐ/TU'))).toBe('replaces');
    expect(relationOf(occurrence('Thực hiện nghiêm Quy định số 37-QĐ/TW và A.', 'Quy định số 37-QĐ/TW'))).toBe('implements');
    expect(relationOf(occurrence('Đã thực hiện xong. Theo quy định của Điều lệ Đảng.', 'Điều lệ Đảng'))).toBe('mentions');
    expect(relationOf(occurrence('Căn cứ Điều lệ Đảng;', 'Điều lệ Đảng', 'basis'))).toBe('basis');
  });

  it('counts a different date as a disagreement, a different spelling of one body or a missing field not', () => {
    const a = occurrence('theo Kết luận số 1-KL/TW, ngày 01/02/2020 của Ủy Ban Kiểm tra Trung ương về', 'Kết luận số 1-KL/TW, ngày 01/02/2020 của Ủy Ban Kiểm tra Trung ương');
    const b = occurrence('theo Kết luận số 1-KL/TW, ngày 01/03/2020 của Uỷ ban Kiểm tra Trung ương về', 'Kết luận số 1-KL/TW, ngày 01/03/2020 của Uỷ ban Kiểm tra Trung ương');
    const c = occurrence('theo Kết luận số 1-KL/TW về', 'Kết luận số 1-KL/TW');
    expect(disagreementsOf([a, b, c]).map((d) => [d.field, d.variants.map((v) => v.value)])).toEqual([['date', ['01/02/2020', '01/03/2020']]]);
  });

  it('cuts a long clause around the phrase at word boundaries, and keeps a short one whole', () => {
    const long = `${'chữ '.repeat(60)}Quy định số 1-QĐ/TW ${'từ '.repeat(60)}`;
    const s = snippet(long, long.indexOf('Quy'), long.indexOf('Quy') + 19, 20);
    expect(s.phrase).toBe('Quy định số 1-QĐ/TW');
    expect(s.before).toMatch(/^…(chữ )+$/);
    expect(s.after).toMatch(/^( từ)+…$/);
    expect(snippet('a Quy b', 2, 5)).toEqual({ before: 'a ', phrase: 'Quy', after: ' b' });
  });

  it('folds case and tone placement without changing length', () => {
    for (const [a, b] of [['Uỷ ban', 'ủy ban'], ['khoá XII', 'khóa XII'], ['Hoà bình', 'hòa bình'], ['thuỷ', 'thủy']]) {
      expect(fold(a!)).toBe(fold(b!));
      expect(fold(a!).length).toBe(a!.length);
    }
    expect(fold('hoàn')).not.toBe(fold('hoan'));
  });
});
