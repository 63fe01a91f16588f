/**
 * The comparison site for the benches: Astro Starlight publishing the same four documents, with
 * its default search (Pagefind UI). Each document's MDX becomes plain Markdown, as a Starlight
 * author would write it: unit headings become headings (so Starlight makes its table of contents
 * and Pagefind its sub-results from them), units and lines become paragraphs, and inline marks
 * (citations, [sic]) keep only their text.
 *
 * The build lives in node_modules/.cache/starlight/<key>/, keyed by the four texts, this file and the
 * installed Starlight and Astro, so a second bench run reuses it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Heading, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxjs } from 'micromark-extension-mdxjs';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { serveStatic, type StaticSite } from '../test/support/static-server.ts';
import { ROOT } from './support.ts';

const DOCUMENTS = join(ROOT, 'content/documents');
/** Under node_modules: Starlight resolves from there, and the type check and git leave it alone. */
const CACHE = join(ROOT, 'node_modules/.cache/starlight');

const version = (pkg: string) =>
  (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

type Jsx = { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'; name: string | null; attributes: { name?: string; value?: unknown }[]; children: RootContent[] };
const attr = (node: Jsx, name: string) => node.attributes.find((a) => a.name === name)?.value as string | undefined;

const isJsx = (node: RootContent, name?: string): node is RootContent & Jsx =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (!name || (node as unknown as Jsx).name === name);

/** Flow content of one MDX node as Markdown nodes. */
function flow(node: RootContent): RootContent[] {
  if (node.type === 'mdxjsEsm' || node.type === 'yaml') return [];
  // A heading written on one line is an inline element alone in its paragraph.
  const only = node.type === 'paragraph' && node.children.length === 1 ? (node.children[0] as RootContent) : undefined;
  if (only && isJsx(only, 'UnitHeading')) return [heading(only)];
  if (!isJsx(node)) return [unwrap(node)];
  if (node.name === 'UnitHeading') return [heading(node)];
  // Units, lines and blocks: their text as paragraphs (a unit with only text is one paragraph).
  if (node.children.every((c) => c.type !== 'mdxJsxFlowElement' && c.type !== 'paragraph' && c.type !== 'heading')) {
    const paragraph = unwrap({ type: 'paragraph', children: node.children as PhrasingContent[] } satisfies Paragraph);
    return paragraph.children.length ? [paragraph] : [];
  }
  return node.children.flatMap(flow);
}

function heading(jsx: Jsx): Heading {
  const depth = Math.min(6, Number(attr(jsx, 'level') ?? 2)) as Heading['depth'];
  const marker = attr(jsx, 'marker');
  const text = phrasing(jsx.children);
  return { type: 'heading', depth, children: marker ? [{ type: 'text', value: `${marker} ` }, ...text] : text };
}

/** Inline content with JSX marks unwrapped to their text; lines set on one line stay apart. */
function phrasing(nodes: readonly RootContent[]): PhrasingContent[] {
  return nodes.flatMap((n): PhrasingContent[] => {
    if (isJsx(n, 'Line')) return [...phrasing(n.children), { type: 'break' }];
    if (isJsx(n) || n.type === 'paragraph') return phrasing((n as { children: RootContent[] }).children);
    return [unwrap(n) as PhrasingContent];
  });
}

/** A Markdown node (paragraph, emphasis…) whose inline JSX marks are unwrapped, at any depth. */
function unwrap<T extends RootContent>(node: T): T {
  if (!('children' in node)) return node;
  const children = phrasing(node.children as RootContent[]);
  while (children.at(-1)?.type === 'break') children.pop();
  return { ...node, children };
}

/** One document's MDX file as a Starlight Markdown page. */
export function starlightPage(mdx: string): string {
  const front = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  if (!front) throw new Error('starlight: document has no front matter');
  const meta = parseYaml(front[1]!) as { shortTitle?: string; type?: string; title?: string };
  const tree = fromMarkdown(mdx.slice(front[0].length), { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  const body: Root = { type: 'root', children: tree.children.flatMap(flow) };
  const title = meta.shortTitle ?? [meta.type, meta.title].filter(Boolean).join(' ');
  return `---\n${stringifyYaml({ title })}---\n\n${toMarkdown(body as Nodes)}`;
}

const CONFIG = `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [
    starlight({
      title: 'Sổ tay Quy định',
      defaultLocale: 'root',
      locales: { root: { label: 'Tiếng Việt', lang: 'vi' } },
    }),
  ],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

export interface StarlightSite {
  /** The built site. */
  dist: string;
  /** The documents' page paths under the site root, e.g. `quy-che-lam-viec-tinh-uy-dien-bien/`. */
  pages: string[];
}

/** Builds (or reuses) the Starlight site of the four documents. */
export function starlightSite(): StarlightSite {
  const files = readdirSync(DOCUMENTS).filter((f) => f.endsWith('.mdx')).sort();
  const pages = files.map((f) => [f.replace(/\.mdx$/, ''), starlightPage(readFileSync(join(DOCUMENTS, f), 'utf8'))] as const);
  const hash = createHash('sha256');
  hash.update(readFileSync(new URL(import.meta.url)));
  hash.update(`${version('@astrojs/starlight')} ${version('astro')} ${version('pagefind')}`);
  for (const [slug, text] of pages) hash.update(`${slug}\n${text}`);
  const key = hash.digest('hex').slice(0, 16);
  const dir = join(CACHE, key);
  const dist = join(dir, 'dist');
  const result = { dist, pages: pages.map(([slug]) => `${slug}/`) };
  if (existsSync(join(dist, 'pagefind', 'pagefind.js'))) return result;

  // Older keys are stale builds: keep only this one.
  rmSync(CACHE, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
  // Astro bundles the integrations a project's package.json names (Starlight ships .astro files).
  const dependencies = { '@astrojs/starlight': version('@astrojs/starlight'), astro: version('astro') };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ private: true, type: 'module', dependencies }, null, 2)}\n`);
  writeFileSync(
    join(dir, 'src/content/docs/index.md'),
    `---\ntitle: Sổ tay Quy định\n---\n\n${pages.map(([slug, text]) => `- [${/title: (.*)/.exec(text)![1]}](/${slug}/)`).join('\n')}\n`,
  );
  for (const [slug, text] of pages) writeFileSync(join(dir, `src/content/docs/${slug}.md`), text);
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, stdio: 'inherit' });
  if (r.status !== 0 || !existsSync(join(dist, 'pagefind', 'pagefind.js'))) throw new Error(`starlight: build in ${dir} failed`);
  return result;
}

/** The Starlight site served gzipped, as the project's own site is in the benches. */
export function serveStarlight(site: StarlightSite = starlightSite()): Promise<StaticSite> {
  return serveStatic(site.dist);
}
