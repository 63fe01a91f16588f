/**
 * Keyboard: on every route's pages (up to four of each, largest first), Tab reaches every
 * control a mouse could use, and every control shows a visible focus indicator when it gets
 * there. One test per page: comparison pages have hundreds of links, and each page gets its
 * own time limit. Pages run side by side, each in its own context: a walk is mostly waiting on
 * key presses, so another page's walk fills the gaps (the site project's maxConcurrency says how many).
 */
import { describe, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { pagesPerRoute } from '../support/pages.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

interface Focus {
  id: string;
  visible: boolean;
  name: string;
}

describe('keyboard: Tab reaches every control, each with a visible focus indicator', () => {
  for (const path of pagesPerRoute()) {
    it.concurrent(path || '/', async ({ expect }) => {
      const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${baseUrl}${path}`);
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
      for (let i = 0; i < stops; i++) {
        await page.keyboard.press('Tab');
        if (i % 50 === 49 && (await reachedAll())) break;
      }
      const seen = await page.evaluate(() => (window as unknown as { focusSeen: Focus[] }).focusSeen);
      const problems = seen.filter((f) => !f.visible).map((f) => `${f.name} has no visible focus`);
      const reached = new Set(seen.map((f) => f.id));
      const missed = await page.evaluate(
        (ids) => [...document.querySelectorAll<HTMLElement>('[data-kbd]')].filter((el) => !ids.includes(el.dataset.kbd!)).map((el) => el.outerHTML.slice(0, 80)),
        [...reached],
      );
      if (missed.length) problems.push(`${missed.length} controls not reached by Tab, e.g. ${missed.slice(0, 5).join(' | ')}`);
      await context.close();
      expect([...new Set(problems)]).toEqual([]);
    });
  }
});
