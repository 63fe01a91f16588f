/**
 * Keyboard: on every built page, Tab reaches every control a mouse could use, and every
 * control shows a visible focus indicator when it gets there.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { builtPages } from '../support/pages.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('keyboard', () => {
  it('Tab reaches every control on every page, each with a visible focus indicator', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    for (const path of builtPages()) {
      const page = await context.newPage();
      await page.goto(`${baseUrl}${path}`);
      // Every control that is rendered (opacity may be 0: tools appear on focus).
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
        return all.length;
      });
      const reached = new Set<string>();
      for (let i = 0; i < controls + 20 && reached.size < controls; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
          return { id: el.dataset.kbd ?? '', visible, name: `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 30)}”` };
        });
        if (!focus) continue;
        reached.add(focus.id);
        if (!focus.visible) problems.push(`${path}: ${focus.name} has no visible focus`);
      }
      if (reached.size < controls) {
        const missed = await page.evaluate(
          (ids) => [...document.querySelectorAll<HTMLElement>('[data-kbd]')].filter((el) => !ids.includes(el.dataset.kbd!)).slice(0, 5).map((el) => el.outerHTML.slice(0, 80)),
          [...reached],
        );
        problems.push(`${path}: ${controls - reached.size} controls not reached by Tab, e.g. ${missed.join(' | ')}`);
      }
      await page.close();
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});
