/** Building elements from data: every string becomes a text node, never markup. */
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c) el.append(c);
  return el;
}

/** Official words as paragraphs, with their bold and italic. */
export function paragraphs(ps: ReadonlyArray<ReadonlyArray<readonly [string, string?]>>, className: string): HTMLElement {
  const box = h('div', { class: className });
  for (const p of ps) {
    const para = h('p');
    for (const [text, marks = ''] of p) {
      let node: Node = document.createTextNode(text);
      for (const [letter, tag] of [['b', 'strong'], ['i', 'em'], ['s', 'del'], ['^', 'sup'], ['_', 'sub']] as const) {
        if (marks.includes(letter)) node = h(tag, {}, node);
      }
      para.append(node);
    }
    box.append(para);
  }
  return box;
}

/** Offers bytes as a file download. */
export function download(bytes: string | Uint8Array, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], { type }));
  const a = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
