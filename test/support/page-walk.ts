/**
 * The checks the page walk (test/site/page-walk.browser.test.ts) runs on a page it has loaded
 * once: axe-core, a Tab walk, and what the security policy lets the page do. Each returns its
 * problems as sentences, empty when there are none.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe-core's WCAG 2.2 A/AA violations on the page as it stands, up to three elements named each. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Not `resultTypes: ['violations']`: it is faster, but rules that compare elements with each
  // other (landmark-unique) then see too few of them and report what is not there.
  // Legacy mode: axe runs whole in the page, where the default runs it in parts and assembles
  // them in a second, blank page, which is for pages with frames of other origins. The site has
  // no frames; same results, a quarter to half less time on a comparison page (bench/README.md).
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

interface Focus {
  id: string;
  visible: boolean;
  name: string;
}

/**
 * Presses Tab through the page: every control a mouse could use must be reached, and each
 * must show a visible focus indicator when it gets there.
 */
export async function tabWalkProblems(page: Page): Promise<string[]> {
  // Every control that is rendered (opacity may be 0: tools appear on focus). Focus is
  // recorded in the page as it moves, so each Tab costs one key press, not a round trip more.
  const controls = await page.evaluate(() => {
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    // A radio group is one Tab stop (its checked radio); the arrow keys move inside it.
    const groupStop = (el: HTMLElement) => {
      if (!(el instanceof HTMLInputElement) || el.type !== 'radio') return true;
      const group = [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${el.name}"]`)];
      return el === (group.find((r) => r.checked) ?? group[0]);
    };
    const all = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('[inert]') && !(el as HTMLButtonElement).disabled && groupStop(el),
    );
    all.forEach((el, i) => (el.dataset.kbd = String(i)));
    const seen: Focus[] = [];
    (window as unknown as { focusSeen: Focus[] }).focusSeen = seen;
    document.addEventListener('focusin', (event) => {
      const el = event.target as HTMLElement;
      const style = getComputedStyle(el);
      const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      seen.push({ id: el.dataset.kbd ?? '', visible, name: `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 30)}”` });
    });
    return all.length;
  });
  // Controls that appear on focus (a unit's toolbar) have no data-kbd: seen, but not counted among the n.
  const reachedAll = () => page.evaluate((n) => new Set((window as unknown as { focusSeen: Focus[] }).focusSeen.flatMap((f) => (f.id ? [f.id] : []))).size >= n, controls);
  // A document's unit toolbar is one more stop after each unit, there only once the unit is reached.
  const stops = controls * 2 + 20;
  // Presses go fifty at a time without waiting for each to be answered: the browser handles
  // them one after the other, in order, each with its focus move and focusin listeners run
  // before the next, as with one press at a time (ten times slower on a page of a thousand
  // links). The unit toolbar is one stop whatever its buttons' labels, which arrive later.
  const cdp = await page.context().newCDPSession(page);
  const tab = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };
  for (let done = 0; done < stops; done += 50) {
    const batch = Math.min(50, stops - done);
    await Promise.all(
      Array.from({ length: batch }, () => [cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...tab }), cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...tab })]).flat(),
    );
    if (batch === 50 && (await reachedAll())) break;
  }
  await cdp.detach();
  const seen = await page.evaluate(() => (window as unknown as { focusSeen: Focus[] }).focusSeen);
  const problems = seen.filter((f) => !f.visible).map((f) => `${f.name} has no visible focus`);
  const reached = new Set(seen.map((f) => f.id));
  const missed = await page.evaluate(
    (ids) => [...document.querySelectorAll<HTMLElement>('[data-kbd]')].filter((el) => !ids.includes(el.dataset.kbd!)).map((el) => el.outerHTML.slice(0, 80)),
    [...reached],
  );
  if (missed.length) problems.push(`${missed.length} controls not reached by Tab, e.g. ${missed.slice(0, 5).join(' | ')}`);
  return [...new Set(problems)];
}

export interface PolicyWatch {
  /** What the page did against the policy since it started loading: call when the walk is done. */
  problems(): Promise<{ violations: string[]; outside: string[]; errors: string[] }>;
}

/**
 * Watches a page, from before it loads, for Content-Security-Policy violations, requests to
 * any origin but `origin` (data: and blob: URLs are the page's own) and uncaught errors.
 */
export async function watchPolicy(page: Page, origin: string): Promise<PolicyWatch> {
  const outside: string[] = [];
  const errors: string[] = [];
  const pending = new Set<unknown>();
  page.on('request', (req) => {
    pending.add(req);
    const url = new URL(req.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) outside.push(req.url());
  });
  page.on('requestfinished', (req) => pending.delete(req));
  page.on('requestfailed', (req) => pending.delete(req));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return {
    async problems() {
      // Everything the page asked for has answered (or failed), and the events those answers
      // queue have run: what a wait for 500 ms of network silence waited for, without the 500 ms.
      while (pending.size) await page.waitForTimeout(20);
      const violations = await page.evaluate(() => new Promise<string[]>((resolve) => setTimeout(() => resolve((window as unknown as { violations: string[] }).violations), 0)));
      return { violations, outside: [...outside], errors: [...errors] };
    },
  };
}

/** Uses what a document page offers: the first unit's tools and its citation panel, where there are any. */
export async function openFirstUnitTools(page: Page): Promise<void> {
  const unit = page.locator('.doc-text .unit[id]').first();
  if (!(await unit.count())) return;
  await unit.focus();
  await page.locator('.unit-tools:not([hidden]) button[data-action="cite"]').click();
  await page.locator('.unit-panel:not([hidden])').waitFor();
}
