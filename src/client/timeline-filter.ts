/**
 * <timeline-filter>: filters the timeline's events by country and subject (data-countries,
 * data-subjects), hides decades left empty and announces how many events are shown.
 */
import { wireFilterForm } from './filter-form.ts';

class TimelineFilter extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-filters]');
    if (!form) return;
    wireFilterForm(form, () => this.#update());
  }

  #update() {
    const data = new FormData(this.querySelector<HTMLFormElement>('[data-filters]')!);
    const country = String((data.get('country') as string | null) ?? '');
    const subject = String((data.get('subject') as string | null) ?? '');
    const events = [...this.querySelectorAll<HTMLElement>('[data-event]')];
    let shown = 0;
    for (const event of events) {
      const visible =
        (!country || (event.dataset['countries'] ?? '').split(' ').includes(country)) &&
        (!subject || (event.dataset['subjects'] ?? '').split(' ').includes(subject));
      event.hidden = !visible;
      if (visible) shown++;
    }
    for (const decade of this.querySelectorAll<HTMLElement>('[data-decade]')) {
      decade.hidden = decade.querySelector('[data-event]:not([hidden])') === null;
    }
    const count = this.querySelector('[data-count]');
    if (count) count.textContent = `${shown} of ${events.length} events shown.`;
  }
}

export function defineTimelineFilter() {
  if (!customElements.get('timeline-filter')) customElements.define('timeline-filter', TimelineFilter);
}
