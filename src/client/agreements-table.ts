/**
 * <agreements-table>: sorting and filtering for the agreements index. Reads the rows' data-*
 * attributes; shows the filter form (hidden without JS), turns sortable headers into buttons
 * with aria-sort, and announces the number of rows shown.
 */
import { wireFilterForm } from './filter-form.ts';

type SortKey = 'date' | 'title' | 'kind' | 'framework';

class AgreementsTable extends HTMLElement {
  #sort: { key: SortKey; ascending: boolean } = { key: 'date', ascending: true };

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-filters]');
    if (!form) return;
    wireFilterForm(form, () => this.#update());
    for (const th of this.querySelectorAll<HTMLTableCellElement>('th[data-sort]')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.textContent = th.textContent ?? '';
      th.replaceChildren(button);
      button.addEventListener('click', () => {
        const key = th.dataset['sort'] as SortKey;
        this.#sort = { key, ascending: this.#sort.key === key ? !this.#sort.ascending : true };
        this.#update();
      });
    }
  }

  #update() {
    const form = this.querySelector<HTMLFormElement>('[data-filters]')!;
    const data = new FormData(form);
    const value = (name: string) => String((data.get(name) as string | null) ?? '');
    const from = Number(value('from')) || -Infinity;
    const to = Number(value('to')) || Infinity;
    const body = this.querySelector('tbody')!;
    const rows = [...body.querySelectorAll<HTMLTableRowElement>('tr')];
    let shown = 0;
    for (const row of rows) {
      const d = row.dataset;
      const year = Number(d['year']) || NaN;
      const visible =
        (!value('kind') || d['kind'] === value('kind')) &&
        (!value('framework') || d['framework'] === value('framework')) &&
        (!value('party') || (d['parties'] ?? '').split(' ').includes(value('party'))) &&
        (from === -Infinity && to === Infinity ? true : year >= from && year <= to);
      row.hidden = !visible;
      if (visible) shown++;
    }
    const { key, ascending } = this.#sort;
    rows.sort((a, b) => (a.dataset[key] ?? '').localeCompare(b.dataset[key] ?? '') * (ascending ? 1 : -1));
    body.append(...rows);
    for (const th of this.querySelectorAll<HTMLTableCellElement>('th[data-sort]')) {
      if (th.dataset['sort'] === key) th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    const count = this.querySelector('[data-count]');
    if (count)
      count.textContent = `${shown} of ${rows.length} agreements shown, sorted by ${key} (${ascending ? 'ascending' : 'descending'}).`;
  }
}

export function defineAgreementsTable() {
  if (!customElements.get('agreements-table')) customElements.define('agreements-table', AgreementsTable);
}
