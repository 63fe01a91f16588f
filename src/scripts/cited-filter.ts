/**
 * Filters and sorts the list of cited documents on the cited-documents index. The page is complete without
 * it (every document, most cited first); this only shows the form and reorders rows. The
 * choice is kept in the address (?loai=…&cap=…&sap-xep=…) so a filtered list can be shared.
 */
const form = document.querySelector<HTMLFormElement>('[data-cited-filters]');
const body = document.querySelector<HTMLTableSectionElement>('[data-cited-table] tbody');
const summary = document.querySelector<HTMLElement>('[data-cited-status]');

const SORTS: Record<string, { column: string; direction: 'ascending' | 'descending'; label: string }> = {
  nhieu: { column: 'count', direction: 'descending', label: 'dẫn chiếu nhiều nhất trước' },
  it: { column: 'count', direction: 'ascending', label: 'dẫn chiếu ít nhất trước' },
  moi: { column: 'date', direction: 'descending', label: 'ngày ban hành mới nhất trước' },
  cu: { column: 'date', direction: 'ascending', label: 'ngày ban hành cũ nhất trước' },
};

if (form && body && summary) {
  const rows = [...body.rows];
  const field = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  const params = new URL(location.href).searchParams;
  for (const name of ['loai', 'cap', 'sap-xep']) {
    const value = params.get(name);
    if (value !== null && [...field(name).options].some((o) => o.value === value)) field(name).value = value;
  }

  const apply = () => {
    const type = field('loai').value;
    const level = field('cap').value;
    const sort = SORTS[field('sap-xep').value] ?? SORTS.nhieu!;
    const sign = sort.direction === 'ascending' ? 1 : -1;
    // Rows without a date go last either way; ties keep the page's own order.
    const key = (row: HTMLTableRowElement) => Number(row.dataset[sort.column]);
    const sorted = rows
      .map((row, i) => ({ row, i }))
      .sort((a, b) => {
        const ka = key(a.row);
        const kb = key(b.row);
        if (sort.column === 'date' && (!ka || !kb)) return (kb ? 1 : 0) - (ka ? 1 : 0) || a.i - b.i;
        return sign * (ka - kb) || a.i - b.i;
      });
    let shown = 0;
    for (const { row } of sorted) {
      row.hidden = (type !== '' && row.dataset.type !== type) || (level !== '' && row.dataset.level !== level);
      if (!row.hidden) shown++;
      body.append(row);
    }
    for (const th of document.querySelectorAll<HTMLElement>('[data-sort-column]')) {
      if (th.dataset.sortColumn === sort.column) th.setAttribute('aria-sort', sort.direction);
      else th.removeAttribute('aria-sort');
    }
    summary.textContent = `${shown}/${rows.length} văn bản, ${sort.label}.`;
    const url = new URL(location.href);
    for (const [name, value, fallback] of [['loai', type, ''], ['cap', level, ''], ['sap-xep', field('sap-xep').value, 'nhieu']] as const) {
      if (value === fallback) url.searchParams.delete(name);
      else url.searchParams.set(name, value);
    }
    history.replaceState(null, '', url);
  };

  form.hidden = false;
  form.addEventListener('change', apply);
  // The list changes as soon as a choice changes; the button is there for those who expect one.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  apply();
}
