/**
 * Each document's status as the texts support it, the evidence checked against the texts, the
 * document families, and the schema refusing a status without evidence.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMeta } from '../../src/lib/importer/meta.ts';
import { statusProblems, type EvidenceTree } from '../../src/lib/status/evidence.ts';
import { buildTimelines, replacementEdges, replacersOf, timelinesOf } from '../../src/lib/status/timeline.ts';
import type { DocumentTree } from '../../src/schemas/document-tree.ts';
import { importSource, REGISTRY } from '../support/import.ts';
import { SLUGS, SOURCES } from '../support/paths.ts';

const trees = Object.keys(SLUGS).map((source) => importSource(source).tree);
const bySlug = new Map(trees.map((t) => [t.meta.slug, t]));
const tree = (slug: string) => bySlug.get(slug)!;
const known = { cited: (id: string) => REGISTRY.documents.some((d) => d.id === id), document: (slug: string) => bySlug.get(slug) };
const fileOf = (t: DocumentTree) => `content/sources/${t.meta.source.replace('.txt', '.yaml')}`;
const problems = (list: EvidenceTree[]) => statusProblems(list.map((t) => ({ tree: t, file: fileOf(t as DocumentTree) })), known);
const cited = new Map(REGISTRY.documents.map((d) => [d.id, d]));
const timelines = buildTimelines(
  trees.map((t) => t.meta),
  (id) => cited.get(id),
  () => 'Mẫu kèm theo',
);

/** A copy of a tree with its status replaced. */
function withStatus(t: DocumentTree, status: Partial<DocumentTree['meta']['status']>): DocumentTree {
  return { ...t, meta: { ...t.meta, status: { ...t.meta.status, ...status } } };
}

describe('the four documents’ statuses, as their texts support them', () => {
  it('every piece of evidence stands, word for word, in the unit it links to', () => {
    expect(problems(trees)).toEqual([]);
  });

  it('the Điện Biên regulation is a draft: its number and day are left blank', () => {
    const { status } = tree('quy-dinh-neu-guong-dien-bien').meta;
    expect(status.value).toBe('du-thao');
    expect(status.evidence).toEqual([
      { unit: 'dau-van-ban', quote: 'Số -QĐ/TU' },
      { unit: 'dau-van-ban', quote: 'Điện Biên, ngày tháng 02 năm 2026' },
    ]);
    expect(tree('quy-dinh-neu-guong-dien-bien').signature).toBeNull();
  });

  it('the guideline is in force: it says so from signing, and it is signed', () => {
    const { status } = tree('huong-dan-neu-guong').meta;
    expect(status.value).toBe('co-hieu-luc');
    expect(status.evidence).toContainEqual({ unit: 'muc-V__diem-4', quote: 'Hướng dẫn này có hiệu lực kể từ ngày ký' });
    expect(status.evidence).toContainEqual({ unit: 'chu-ky', quote: 'T/M BAN THƯỜNG VỤ BÍ THƯ Nguyễn Đức Thanh' });
  });

  it('the Lào Cai directive is "không rõ": signed, but no sentence says when or whether it binds', () => {
    const { status } = tree('chi-thi-ky-luat-hanh-chinh-lao-cai').meta;
    expect(status.value).toBe('khong-ro');
    expect(status.reason).toMatch(/không có câu nào nói Chỉ thị có hiệu lực/);
    expect(status.evidence).toEqual([{ unit: 'chu-ky', quote: 'T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ THƯỜNG TRỰC Hoàng Giang' }]);
  });

  it('the khóa XIV working rules are replaced: their term 2020–2025 is over and the 2026 draft rests on the khóa XV ones', () => {
    const { status } = tree('quy-che-lam-viec-tinh-uy-dien-bien').meta;
    expect(status.value).toBe('bi-thay-the');
    expect(status.replacedBy).toEqual({
      label: 'Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh, khóa XV, nhiệm kỳ 2025-2030',
      cited: 'quy-che-lam-viec-dien-bien-khoa-xv',
    });
    expect(status.evidence).toContainEqual(expect.objectContaining({ unit: 'mo-dau__doan-1', quote: expect.stringContaining('khóa XIV, nhiệm kỳ 2020 - 2025') }));
    expect(status.evidence).toContainEqual({
      document: 'quy-dinh-neu-guong-dien-bien',
      unit: 'can-cu-5',
      quote: 'Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh, khóa XV, nhiệm kỳ 2025-2030;',
    });
  });

  it('no document is in force without a sentence of a text saying so', () => {
    for (const t of trees.filter((x) => x.meta.status.value === 'co-hieu-luc')) {
      expect(t.meta.status.evidence.some((e) => 'quote' in e && /hiệu lực/.test(e.quote)), t.meta.slug).toBe(true);
    }
  });
});

describe('the evidence check', () => {
  const quy = tree('quy-che-lam-viec-tinh-uy-dien-bien');

  it('names the metadata file and the field when a quoted sentence is not in its unit', () => {
    const evidence = [{ document: 'quy-dinh-neu-guong-dien-bien', unit: 'can-cu-5', quote: 'Căn cứ Quy chế làm việc khóa XVI' }];
    expect(problems([withStatus(quy, { evidence })])).toEqual([
      'content/sources/004_cdcf607f15aa0d9f.yaml: trường "status.evidence.0": căn cứ trích «Căn cứ Quy chế làm việc khóa XVI», nhưng can-cu-5 của văn bản quy-dinh-neu-guong-dien-bien không có câu này',
    ]);
  });

  it('refuses a unit the text does not have, a document the library does not have, a replacer nobody knows', () => {
    const bad = withStatus(quy, {
      evidence: [
        { unit: 'dieu-99', quote: 'x' },
        { document: 'khong-co', unit: 'dieu-1', quote: 'x' },
      ],
      replacedBy: { label: 'Quy chế khóa XVI', cited: 'quy-che-khoa-xvi' },
    });
    const found = problems([bad]);
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/status\.evidence\.0.*"dieu-99"/);
    expect(found[1]).toMatch(/status\.evidence\.1.*"khong-co".*thư viện không có/);
    expect(found[2]).toMatch(/status\.replacedBy\.cited.*quy-che-khoa-xvi/);
  });

  it('counts runs of spaces as one, as the blank number of the draft is written', () => {
    expect(tree('quy-dinh-neu-guong-dien-bien').header.map((l) => l.map((r) => r.text).join(''))).toContain('Số       -QĐ/TU');
  });

  it('refuses a replaced document the text never cites', () => {
    const draft = tree('quy-dinh-neu-guong-dien-bien');
    const bad = { ...draft, meta: { ...draft.meta, replaces: [{ ...draft.meta.replaces[0]!, cited: '01-qc-tu-dien-bien-2021' }] } };
    expect(problems([bad])).toEqual([expect.stringMatching(/000_7da3d2be77d90cdf\.yaml: trường "replaces\.0\.cited": văn bản không dẫn chiếu "01-qc-tu-dien-bien-2021"/)]);
  });
});

describe('the metadata schema', () => {
  const yaml = readFileSync(`${SOURCES}003_ea6883da93ebe6f8.yaml`, 'utf8');

  it('refuses a status other than "không rõ" without evidence, naming the file, the line and the field', () => {
    const bad = yaml.replace('value: khong-ro', 'value: co-hieu-luc').replace(/ {2}evidence:\n(?: {4}.*\n)+/, '');
    // The field is missing: the error points at the status it belongs to, its first line.
    const line = bad.split('\n').findIndex((l) => l.startsWith('  value: co-hieu-luc')) + 1;
    expect(() => readMeta(bad, '003.yaml')).toThrow(new RegExp(`^003\\.yaml:${line}: trường "status(\\.evidence)?": tình trạng “Có hiệu lực” phải có căn cứ`));
  });

  it('accepts "không rõ" without evidence, but never without a reason', () => {
    const unknown = yaml.replace(/ {2}evidence:\n(?: {4}.*\n)+/, '');
    expect(readMeta(unknown, '003.yaml').status.value).toBe('khong-ro');
    expect(() => readMeta(unknown.replace(/ {2}reason: >-\n(?: {4}.*\n)+/, ''), '003.yaml')).toThrow(/trường "status\.reason"/);
  });

  it('refuses "bị thay thế" without what replaced it', () => {
    const quy = readFileSync(`${SOURCES}004_cdcf607f15aa0d9f.yaml`, 'utf8');
    const bad = quy.replace(/ {2}replacedBy:\n(?: {4}.*\n)+/, '');
    expect(() => readMeta(bad, '004.yaml')).toThrow(/004\.yaml:\d+: trường "status(\.replacedBy)?": tình trạng “Bị thay thế” phải ghi văn bản thay thế/);
  });

  it('refuses the old statuses, which said nothing about why', () => {
    expect(() => readMeta(yaml.replace(/^status:\n(?: {2}.*\n)+/m, 'status: da-ban-hanh\n'), '003.yaml')).toThrow(/trường "status"/);
  });
});

describe('document families', () => {
  const family = (slug: string) => {
    const found = timelinesOf(timelines, { slug });
    expect(found).toHaveLength(1);
    return found[0]!;
  };

  it('are three: the nêu gương regulation, the working rules, the pledge form', () => {
    expect(timelines).toHaveLength(3);
    expect(timelinesOf(timelines, { slug: 'chi-thi-ky-luat-hanh-chinh-lao-cai' })).toEqual([]);
  });

  it('4871-QĐ/TU of 19/4/2019 → the 2026 draft, which replaces it only once issued', () => {
    const t = family('quy-dinh-neu-guong-dien-bien');
    expect(t.entries.map((e) => [e.target, e.date, e.dateNote])).toEqual([
      [{ kind: 'cited', id: '4871-qd-tu-dien-bien-2019' }, '19/4/2019', null],
      [{ kind: 'document', slug: 'quy-dinh-neu-guong-dien-bien' }, '…/02/2026', 'chưa ghi ngày'],
    ]);
    expect(t.entries[0]!.label).toBe('Quy định số 4871-QĐ/TU, ngày 19/4/2019 của Ban Thường vụ Tỉnh ủy');
    expect(t.steps).toEqual([{ from: t.entries[0]!.key, to: t.entries[1]!.key, partial: false, draft: true }]);
  });

  it('Quy chế 01-QC/TU of 09/01/2021 → the khóa XIV Quy chế (undated) → the khóa XV one', () => {
    const t = family('quy-che-lam-viec-tinh-uy-dien-bien');
    expect(t.entries.map((e) => [e.target, e.date, e.dateNote, e.status])).toEqual([
      [{ kind: 'cited', id: '01-qc-tu-dien-bien-2021' }, '09/01/2021', null, undefined],
      [{ kind: 'document', slug: 'quy-che-lam-viec-tinh-uy-dien-bien' }, null, 'không ghi ngày; có dẫn chiếu văn bản ngày 18/08/2022', 'bi-thay-the'],
      [{ kind: 'cited', id: 'quy-che-lam-viec-dien-bien-khoa-xv' }, null, 'không văn bản nào ghi ngày', undefined],
    ]);
    expect(t.steps.map((s) => [s.from, s.to])).toEqual([
      [t.entries[0]!.key, t.entries[1]!.key],
      [t.entries[1]!.key, t.entries[2]!.key],
    ]);
    expect(replacersOf(timelines, 'quy-che-lam-viec-tinh-uy-dien-bien').map((r) => r.entry.target)).toEqual([{ kind: 'cited', id: 'quy-che-lam-viec-dien-bien-khoa-xv' }]);
  });

  it('the form of Công văn 2338-CV/TU of 28/02/2018 → the guideline’s form, linked to that form', () => {
    const t = family('huong-dan-neu-guong');
    expect(t.entries.map((e) => [e.label, e.target, e.date])).toEqual([
      ['Mẫu kèm theo Công văn số 2338-CV/TU ngày 28/02/2018 của Thường trực Tỉnh ủy', { kind: 'cited', id: '2338-cv-tu-khong-ghi-tinh-2018' }, '28/02/2018'],
      ['Mẫu kèm theo Hướng dẫn nêu gương', { kind: 'document', slug: 'huong-dan-neu-guong', unit: 'mau-1' }, null],
    ]);
    expect(t.steps[0]!.partial).toBe(true);
    // The guideline as a whole replaces nothing and nothing replaced it.
    expect(replacersOf(timelines, 'huong-dan-neu-guong')).toEqual([]);
  });

  it('give the relationship picture its replacement edges, including the one no citation makes', () => {
    expect(replacementEdges(timelines)).toEqual(
      expect.arrayContaining([
        { document: 'quy-dinh-neu-guong-dien-bien', cited: '4871-qd-tu-dien-bien-2019', relation: 'replaces' },
        { document: 'quy-che-lam-viec-tinh-uy-dien-bien', cited: '01-qc-tu-dien-bien-2021', relation: 'replaces' },
        { document: 'quy-che-lam-viec-tinh-uy-dien-bien', cited: 'quy-che-lam-viec-dien-bien-khoa-xv', relation: 'replacedBy' },
        { document: 'huong-dan-neu-guong', cited: '2338-cv-tu-khong-ghi-tinh-2018', relation: 'replaces' },
      ]),
    );
    expect(replacementEdges(timelines)).toHaveLength(4);
  });
});
