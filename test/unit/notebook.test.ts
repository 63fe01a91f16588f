import { describe, expect, it } from 'vitest';
import {
  createCollection,
  currentCollection,
  deleteCollection,
  emptyNotebook,
  moveUnit,
  removeUnit,
  renameCollection,
  restoreCollection,
  restoreUnit,
  saveUnit,
  savedIds,
  setNote,
  type Notebook,
} from '../../src/lib/notebook/notebook.ts';
import { statusNotice, unitStatus, wordsToUse } from '../../src/lib/notebook/status.ts';
import { factsOf, savedUnit } from '../support/notebook.ts';

const R = 'quy-dinh-neu-guong-dien-bien';
const D = 'chi-thi-ky-luat-hanh-chinh-lao-cai';
let ids = 0;
const id = () => `c${++ids}`;

function three(): Notebook {
  let nb = emptyNotebook();
  for (const [slug, eId] of [[R, 'dieu-2__khoan-4'], [R, 'dieu-3'], [D, 'diem-1']] as const) nb = saveUnit(nb, savedUnit(slug, eId), id()).notebook;
  return nb;
}
const keys = (nb: Notebook) => currentCollection(nb)!.units.map((u) => u.eId);

describe('notebook', () => {
  it('saves to the current collection without asking, creating "Bài giảng 1", and never twice', () => {
    const nb = three();
    expect(nb.collections.map((c) => c.title)).toEqual(['Bài giảng 1']);
    expect(keys(nb)).toEqual(['dieu-2__khoan-4', 'dieu-3', 'diem-1']);
    const again = saveUnit(nb, savedUnit(R, 'dieu-3'), id());
    expect(again.added).toBe(false);
    expect(keys(again.notebook)).toEqual(keys(nb));
    const second = createCollection(nb, id(), '2026-12-01T00:00:00.000Z');
    expect(currentCollection(second)!.title).toBe('Bài giảng 2');
    const saved = saveUnit(second, savedUnit(R, 'dieu-3'), id());
    expect([saved.added, saved.collection.title]).toEqual([true, 'Bài giảng 2']);
    expect(savedIds(saved.notebook, R)).toEqual(['dieu-2__khoan-4', 'dieu-3']);
  });

  it('reorders, notes, removes and deletes, and puts back what it removed', () => {
    const nb = three();
    const c = currentCollection(nb)!.id;
    const moved = moveUnit(nb, c, `${D}#diem-1`, 0);
    expect(keys(moved)).toEqual(['diem-1', 'dieu-2__khoan-4', 'dieu-3']);
    expect(keys(moveUnit(moved, c, `${D}#diem-1`, 99))).toEqual(['dieu-2__khoan-4', 'dieu-3', 'diem-1']);
    const noted = setNote(moved, c, `${R}#dieu-3`, 'Hỏi học viên ví dụ');
    expect(currentCollection(noted)!.units[2]!.note).toBe('Hỏi học viên ví dụ');
    const { notebook: less, removed } = removeUnit(noted, c, `${R}#dieu-2__khoan-4`);
    expect(keys(less)).toEqual(['diem-1', 'dieu-3']);
    expect(keys(restoreUnit(less, removed))).toEqual(['diem-1', 'dieu-2__khoan-4', 'dieu-3']);
    const renamed = renameCollection(noted, c, '  Lớp   bồi dưỡng  ');
    expect(currentCollection(renamed)!.title).toBe('Lớp bồi dưỡng');
    expect(() => renameCollection(noted, c, '   ')).toThrow('Tên bộ sưu tập không được để trống');
    const { notebook: gone, removed: col } = deleteCollection(renamed, c);
    expect(gone.collections).toEqual([]);
    expect(gone.current).toBeNull();
    expect(restoreCollection(gone, col)).toEqual(renamed);
  });

  it('says when a saved unit’s words changed after a re-import, and keeps the words of a unit that is gone', () => {
    const facts = factsOf(R);
    const saved = { ...savedUnit(R, 'dieu-2__khoan-4'), key: `${R}#dieu-2__khoan-4`, note: '' };
    expect(unitStatus(saved, facts).kind).toBe('same');
    const edited = { ...facts, units: facts.units.map((u) => (u.id === 'dieu-2__khoan-4' ? { ...u, hash: '0000000000000000', paragraphs: [[['4. Chữ mới.']]] as typeof u.paragraphs } : u)) };
    const changed = unitStatus(saved, edited);
    expect(changed.kind).toBe('changed');
    expect(wordsToUse(saved, changed)).toEqual([[['4. Chữ mới.']]]);
    expect(statusNotice(saved, changed)).toBe('Văn bản đã được cập nhật sau khi lưu (ngày 01/12/2026): đây là chữ hiện hành.');
    const without = { ...facts, units: facts.units.filter((u) => u.id !== 'dieu-2__khoan-4') };
    expect(unitStatus(saved, without).kind).toBe('missing');
    expect(wordsToUse(saved, unitStatus(saved, without))).toEqual(saved.paragraphs);
    expect(statusNotice(saved, unitStatus(saved, null))).toBe('Đơn vị này không còn trong văn bản: đây là chữ đã lưu ngày 01/12/2026.');
    expect(unitStatus(saved, undefined).kind).toBe('unknown');
  });
});
