/**
 * Checks a built site: every internal link and asset resolves to a file, every `#fragment`
 * to an id on the target page, and no page has the same id twice. Pure: it reads the HTML
 * it is given and asks `exists` about other files, so it runs over `dist/` and over fixtures.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { routes } from '../routes.ts';

export interface SitePage {
  /** Path of the HTML file inside the output directory: `van-ban/x/index.html`. */
  file: string;
  html: string;
}

export interface LinkProblem {
  file: string;
  /** The attribute value as written in the page. */
  link: string;
  message: string;
  /** Id of the nearest element around the link (a unit's eId on a document page), or the repeated id. */
  unit?: string;
}

const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  form: ['action'],
};

interface ParsedPage {
  ids: Set<string>;
  duplicates: string[];
  links: { link: string; unit?: string }[];
}

function parsePage(html: string): ParsedPage {
  const tree: Root = fromHtml(html);
  const ids = new Set<string>();
  const duplicates: string[] = [];
  const links: ParsedPage['links'] = [];
  // Depth first, carrying the nearest id, so a problem can name the unit it is in.
  const walk = (nodes: RootContent[], around: string | undefined) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const el = node as Element;
      const id = el.properties.id;
      if (typeof id === 'string') {
        if (ids.has(id)) duplicates.push(id);
        ids.add(id);
      }
      for (const attr of URL_ATTRIBUTES[el.tagName] ?? []) {
        const value = el.properties[attr];
        if (typeof value === 'string') links.push({ link: value, unit: around });
      }
      walk(el.children, typeof id === 'string' ? id : around);
    }
  };
  walk(tree.children, undefined);
  return { ids, duplicates, links };
}

/** `van-ban/x/index.html` for `/so-tay/van-ban/x/` under base `/so-tay/`. */
function targetFile(pathname: string, base: string): string | null {
  if (!pathname.startsWith(base)) return null;
  let path = decodeURIComponent(pathname.slice(base.length));
  if (path === '' || path.endsWith('/')) path += 'index.html';
  return path;
}

export interface CheckOptions {
  /** Base path the site is built for, with leading and trailing slash. */
  base: string;
  /** Whether a non-HTML file (asset) exists in the output directory. */
  exists: (file: string) => boolean;
}

export function checkSiteLinks(pages: SitePage[], options: CheckOptions): LinkProblem[] {
  const base = options.base.replace(/\/?$/, '/');
  const parsed = new Map(pages.map((p) => [p.file, parsePage(p.html)]));
  const problems: LinkProblem[] = [];
  for (const page of pages) {
    const { duplicates, links } = parsed.get(page.file)!;
    for (const id of duplicates) problems.push({ file: page.file, link: `#${id}`, message: `id "${id}" xuất hiện hơn một lần trong trang`, unit: id });
    const pageUrl = new URL(`http://site.invalid${base}${page.file.replace(/index\.html$/, '')}`);
    for (const { link, unit } of links) {
      const at = unit === undefined ? {} : { unit };
      if (/^(mailto|tel|data|javascript):/i.test(link)) continue;
      const url = new URL(link, pageUrl);
      if (url.origin !== pageUrl.origin) continue;
      const file = targetFile(url.pathname, base);
      if (file === null) {
        problems.push({ file: page.file, link, message: `liên kết ra ngoài đường dẫn gốc ${base}`, ...at });
        continue;
      }
      const target = parsed.get(file);
      if (!target) {
        if (!file.endsWith('.html') && options.exists(file)) continue;
        problems.push({ file: page.file, link, message: `không có tệp ${file}`, ...at });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !target.ids.has(fragment)) {
        problems.push({ file: page.file, link, message: `trang ${file} không có id "${fragment}"`, ...at });
      }
    }
  }
  return problems;
}

/** A generated MDX file: its path as it should be shown, and its text. */
export interface MdxSource {
  file: string;
  text: string;
}

/**
 * Where in the generated MDX a problem on a built page is: a document's page and the pages
 * under it come from `<slug>.mdx`, and a unit from the line that opens it (`eId="…"`).
 */
export function pageSources(sources: MdxSource[]): (page: string, unit?: string) => string | undefined {
  const prefixes = sources.map((source) => ({ prefix: routes.document(source.file.replace(/^.*\//, '').replace(/\.mdx$/, '')), source }));
  return (page, unit) => {
    const found = prefixes.find((p) => page.startsWith(p.prefix))?.source;
    if (!found) return undefined;
    const at = unit === undefined ? -1 : found.text.indexOf(`eId="${unit}"`);
    return at < 0 ? found.file : `${found.file}:${found.text.slice(0, at).split('\n').length}`;
  };
}

/** One problem as the build reports it, naming first what to fix: `x.mdx:12, đơn vị dieu-2 (trang van-ban/x/index.html): #dieu-9 — …`. */
export function describeProblem(problem: LinkProblem, sourceOf: (page: string, unit?: string) => string | undefined): string {
  const source = sourceOf(problem.file, problem.unit);
  const where = source ? `${source}${problem.unit ? `, đơn vị ${problem.unit}` : ''} (trang ${problem.file})` : problem.file;
  return `${where}: ${problem.link} — ${problem.message}`;
}
