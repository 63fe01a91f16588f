import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { amendmentView } from '../src/lib/compare/amendments.ts';
import { readCitedTitles } from '../src/lib/compare/cited-titles.ts';
import { compareDocuments, compareVersions, crossLibrary, type CrossLibrary } from '../src/lib/compare/comparisons.ts';
import { alignDocuments, DEFAULT_ALIGNMENT, type AlignmentOptions } from '../src/lib/compare/cross-alignment.ts';
import { documentTreeSchema, type DocumentTree } from '../src/schemas/document-tree.ts';
import { alignmentQuality, loadLabels, type LabelSet, type Quality } from '../test/support/alignment-quality.ts';
import { importVersion } from '../test/support/versions.ts';
import type { Bench } from './run.ts';
import { median } from './support.ts';

const root = new URL('../', import.meta.url).pathname;
const dist = join(root, 'dist');

function tree(slug: string): DocumentTree {
  return documentTreeSchema.parse(JSON.parse(readFileSync(join(root, 'content/documents', `${slug}.json`), 'utf8')));
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Median CPU milliseconds of this process over `times` runs: steadier than wall time on a shared machine. */
function cpuMedian(run: () => unknown, times = 7): number {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    ms.push((used.user + used.system) / 1000);
  }
  return ms.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

/** How far a result is from the budget (precision ≥ 0.90, recall ≥ 0.80): 1 when both are met. */
const budgetShare = (q: Quality) => Math.min(q.precision / 0.9, q.recall / 0.8, 1) + 0.01 * (q.precision + q.recall);
const figures = (q: Quality) => `P ${q.precision.toFixed(2)} (${q.correct}/${q.predicted}) R ${q.recall.toFixed(2)} (${q.found}/${q.positives})`;

/**
 * The cross-check: thresholds chosen on one labelled pair (the setting nearest the budget),
 * measured on the other, each way.
 */
function crossCheck(trees: Map<string, DocumentTree>, library: CrossLibrary, sets: LabelSet[]) {
  const settings: AlignmentOptions[] = [];
  for (const threshold of [0.2, 0.22, 0.24, 0.26, 0.28, 0.3, 0.32]) {
    for (const mutualThreshold of [0.14, 0.16, 0.18, 0.2, 0.22]) if (mutualThreshold <= threshold) settings.push({ ...DEFAULT_ALIGNMENT, threshold, mutualThreshold });
  }
  const scored = settings.map((options) => ({
    options,
    q: sets.map((l) => alignmentQuality(alignDocuments(library.side(trees.get(l.a)!), library.side(trees.get(l.b)!), options), l)),
  }));
  for (const [k, set] of sets.entries()) {
    const best = [...scored].sort((x, y) => budgetShare(y.q[k]!) - budgetShare(x.q[k]!))[0]!;
    const other = 1 - k;
    console.log(
      `   chọn ngưỡng trên ${set.b} (ngưỡng ${best.options.threshold}, cặp tương hỗ ${best.options.mutualThreshold}): ${figures(best.q[k]!)}; đo trên ${sets[other]!.b}: ${figures(best.q[other]!)}`,
    );
  }
}

const bench: Bench = {
  title: 'comparison: alignment time (median of 7), quality on the labelled pairs, page sizes',
  async run() {
    const slugs = readdirSync(join(root, 'content/documents'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    const trees = new Map(slugs.map((s) => [s, tree(s)]));
    const titles = readCitedTitles(join(root, 'content/cited'));
    const libraryMs = median(() => crossLibrary(trees.values(), titles));
    const library = crossLibrary(trees.values(), titles);
    console.log(`   trọng số của cả thư viện (${trees.size} văn bản): ${libraryMs.toFixed(1)} ms`);
    for (const [i, a] of slugs.entries()) {
      for (const b of slugs.slice(i + 1)) {
        // Cold: each side read afresh (a new library), as the first comparison of a build does; warm: sides read.
        const fresh = () => compareDocuments(trees.get(a)!, trees.get(b)!, crossLibrary([trees.get(a)!, trees.get(b)!], titles));
        let result = compareDocuments(trees.get(a)!, trees.get(b)!, library);
        const read = () => (result = compareDocuments(trees.get(a)!, trees.get(b)!, library));
        const [cold, warm, coldCpu, warmCpu] = [median(fresh), median(read), cpuMedian(fresh), cpuMedian(read)];
        console.log(
          `   ${a} × ${b}: ${result.a.length}×${result.b.length} đoạn, ${result.pairs.length} cặp, ${result.groups.length} nhóm; ` +
            `đọc cả hai văn bản ${cold.toFixed(1)} ms (CPU ${coldCpu.toFixed(1)} ms), đã đọc ${warm.toFixed(1)} ms (CPU ${warmCpu.toFixed(1)} ms)`,
        );
      }
    }
    const sets = loadLabels();
    for (const labels of sets) {
      const q = alignmentQuality(compareDocuments(trees.get(labels.a)!, trees.get(labels.b)!, library), labels);
      console.log(`   nhãn ${labels.a} × ${labels.b}: precision ${q.precision.toFixed(2)} (${q.correct}/${q.predicted}), recall ${q.recall.toFixed(2)} (${q.found}/${q.positives}), cặp nhãn tìm được ${q.goldPairsFound}/${q.goldPairs}`);
    }
    if (sets.length === 2) crossCheck(trees, library, sets);
    const rules = trees.get('quy-che-lam-viec-tinh-uy-dien-bien');
    if (rules) console.log(`   sửa đổi của 004: ${amendmentView(rules).amendments.length} chỗ, ${median(() => amendmentView(rules)).toFixed(1)} ms`);
    const [older, newer] = [importVersion('cu').tree, importVersion('moi').tree];
    console.log(`   hai phiên bản thử nghiệm: ${median(() => compareVersions(older, newer)).toFixed(2)} ms`);
    // Self-comparison of the largest text: the cost of a real version pair of that size.
    if (rules) console.log(`   004 với chính nó (268 đơn vị): ${median(() => compareVersions(rules, rules), 3).toFixed(1)} ms`);

    if (!existsSync(join(dist, 'so-sanh'))) {
      console.log('   (chưa có dist/: chạy "npm run build" để đo kích thước trang)');
      return;
    }
    const pages = readdirSync(join(dist, 'so-sanh'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('index.html') && f.includes('/'))
      .map((f) => join(dist, 'so-sanh', f));
    pages.push(join(dist, 'van-ban/quy-che-lam-viec-tinh-uy-dien-bien/sua-doi/index.html'));
    for (const file of pages.sort()) {
      const html = readFileSync(file);
      console.log(`   ${file.slice(dist.length + 1)}: ${kb(html.length)}, gzip ${kb(gzipSync(html).length)}`);
    }
    const scripts = readdirSync(join(dist, '_astro')).filter((f) => f.startsWith('compare-view') && f.endsWith('.js'));
    for (const s of scripts) {
      const bytes = readFileSync(join(dist, '_astro', s));
      console.log(`   _astro/${s}: ${kb(statSync(join(dist, '_astro', s)).size)}, gzip ${kb(gzipSync(bytes).length)}`);
    }
  },
};

export default bench;
