/**
 * What RFC 4287 requires of an Atom feed, checked on the XML itself: a strict XML parser
 * (@xmldom/xmldom, every warning an error), then the elements each feed and entry must carry.
 * Feed readers are lenient (see @rowanmanning/feed-parser), so a feed they read may still be invalid.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';

const ATOM = 'http://www.w3.org/2005/Atom';
/** RFC 3339 date-time, as Atom's date constructs require. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;

const children = (el: Element, name: string) =>
  Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).namespaceURI === ATOM && (n as Element).localName === name);

/** Problems that make `xml` invalid Atom, one line each; empty when it is valid. */
export function atomProblems(xml: string): string[] {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(xml, 'application/xml');
  const feed = doc.documentElement!;
  if (feed.namespaceURI !== ATOM || feed.localName !== 'feed') return [`root is {${feed.namespaceURI}}${feed.localName}, not atom:feed`];
  const exactlyOne = (el: Element, name: string, where: string) => {
    const found = children(el, name);
    if (found.length !== 1) problems.push(`${where}: ${found.length} atom:${name}, needs exactly one`);
    return found[0];
  };
  const checkCommon = (el: Element, where: string) => {
    const id = exactlyOne(el, 'id', where);
    if (id && !IRI.test(id.textContent ?? '')) problems.push(`${where}: atom:id "${id.textContent}" is not an absolute IRI`);
    exactlyOne(el, 'title', where);
    const updated = exactlyOne(el, 'updated', where);
    if (updated && !DATE_TIME.test(updated.textContent ?? '')) problems.push(`${where}: atom:updated "${updated.textContent}" is not an RFC 3339 date-time`);
    for (const link of children(el, 'link')) if (!link.getAttribute('href')) problems.push(`${where}: atom:link without href`);
    const alternates = children(el, 'link').filter((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
    const keys = alternates.map((l) => `${l.getAttribute('type')}|${l.getAttribute('hreflang')}`);
    if (new Set(keys).size !== keys.length) problems.push(`${where}: two alternate links of one type and language`);
    return id?.textContent ?? '';
  };
  checkCommon(feed, 'feed');
  const feedHasAuthor = children(feed, 'author').length > 0;
  const ids = new Set<string>();
  children(feed, 'entry').forEach((entry, i) => {
    const where = `entry ${i + 1}`;
    const id = checkCommon(entry, where);
    if (ids.has(id)) problems.push(`${where}: atom:id ${id} repeated`);
    ids.add(id);
    if (!feedHasAuthor && !children(entry, 'author').length) problems.push(`${where}: no atom:author, and the feed has none`);
    if (!children(entry, 'content').length && !children(entry, 'link').some((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate')) {
      problems.push(`${where}: neither atom:content nor an alternate link`);
    }
    for (const name of ['published', 'summary', 'content']) if (children(entry, name).length > 1) problems.push(`${where}: more than one atom:${name}`);
    const published = children(entry, 'published')[0];
    if (published && !DATE_TIME.test(published.textContent ?? '')) problems.push(`${where}: atom:published is not an RFC 3339 date-time`);
  });
  return problems;
}
