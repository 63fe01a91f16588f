/**
 * Comparison pages: keeps the view toggles in the URL (so a shared link shows the same view)
 * and moves between changes with n / p. The toggles themselves work without this script
 * (radio buttons and checkboxes styled with :has()); this only adds the URL and the keys.
 */
const controls = document.querySelector<HTMLElement>('[data-view-state]');
const nav = document.querySelector<HTMLElement>('[data-change-nav]');
const counter = nav?.querySelector<HTMLOutputElement>('[data-change-count]');
const noun = counter?.dataset.noun?.toLocaleLowerCase('vi') ?? 'thay đổi';

/** Puts the controls’ non-default choices in the query string, keeping the hash. */
function saveState(): void {
  if (!controls) return;
  const params = new URLSearchParams();
  for (const input of controls.querySelectorAll<HTMLInputElement>('input[name]')) {
    if (input.checked !== input.defaultChecked && input.checked) params.append(input.name, input.value);
  }
  const query = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}

function restoreState(): void {
  if (!controls) return;
  const params = new URLSearchParams(location.search);
  for (const input of controls.querySelectorAll<HTMLInputElement>('input[name]')) {
    const values = params.getAll(input.name);
    if (input.type === 'radio') {
      if (values.length) input.checked = values.includes(input.value);
    } else {
      input.checked = values.includes(input.value);
    }
  }
}

function changes(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[data-change]')].filter((el) => el.checkVisibility());
}

let current: HTMLElement | null = null;

function show(target: HTMLElement, all: HTMLElement[]): void {
  current?.classList.remove('is-current');
  current = target;
  target.classList.add('is-current');
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
  history.replaceState(history.state, '', `${location.pathname}${location.search}#${target.id}`);
  if (counter) counter.textContent = `${capitalize(noun)} ${all.indexOf(target) + 1}/${all.length}`;
}

const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** The next (+1) or previous (−1) visible change after the current one, or after the top of the screen. */
function step(direction: 1 | -1): void {
  const all = changes();
  if (!all.length) {
    if (counter) counter.textContent = `Không có ${noun} nào`;
    return;
  }
  let index = current ? all.indexOf(current) : -1;
  if (index < 0) {
    // Nothing chosen yet (or it was hidden by a filter): start from what is on screen.
    const firstBelow = all.findIndex((el) => el.getBoundingClientRect().top >= 0);
    index = direction === 1 ? (firstBelow < 0 ? all.length : firstBelow) - 1 : firstBelow < 0 ? all.length : firstBelow;
  }
  const next = index + direction;
  if (next < 0 || next >= all.length) {
    if (counter) counter.textContent = direction === 1 ? `Đã tới ${noun} cuối cùng (${all.length}/${all.length})` : `Đã tới ${noun} đầu tiên (1/${all.length})`;
    return;
  }
  show(all[next]!, all);
}

restoreState();
controls?.addEventListener('change', () => {
  saveState();
  // A filter may hide the current change: count again from the screen.
  if (current && !current.checkVisibility()) current = null;
});

if (location.hash) {
  const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (target?.matches('[data-change]')) {
    current = target;
    target.classList.add('is-current');
    target.scrollIntoView({ block: 'center' });
    if (counter) {
      const all = changes();
      counter.textContent = `${capitalize(noun)} ${all.indexOf(target) + 1}/${all.length}`;
    }
  }
}

if (nav) {
  nav.hidden = false;
  nav.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-step]');
    if (button) step(Number(button.dataset.step) as 1 | -1);
  });
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.target as HTMLElement;
    if (target.closest('input[type="text"], input[type="search"], textarea, select, [contenteditable]')) return;
    if (event.key === 'n' || event.key === 'p') {
      event.preventDefault();
      step(event.key === 'n' ? 1 : -1);
    }
  });
}
