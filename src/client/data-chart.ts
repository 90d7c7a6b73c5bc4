/**
 * <data-chart>: waits until the chart is near the viewport, then loads Chart.js (a separate
 * chunk, so pages without charts never request it) and draws the JSON config it holds. Redraws
 * when Starlight's theme changes, so the colours follow light and dark.
 */
import type { ChartConfig } from './chart-draw.ts';

class DataChart extends HTMLElement {
  #destroy: (() => void) | undefined;

  connectedCallback() {
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          void this.#draw();
          new MutationObserver(() => void this.#draw()).observe(document.documentElement, {
            attributes: true,
            attributeFilter: ['data-theme'],
          });
        }
      },
      { rootMargin: '300px' },
    );
    observer.observe(this);
  }

  async #draw() {
    const canvas = this.querySelector<HTMLCanvasElement>('canvas');
    const json = this.querySelector('script[type="application/json"]')?.textContent;
    if (!canvas || !json) return;
    const { drawChart } = await import('./chart-draw.ts');
    this.#destroy?.();
    this.#destroy = drawChart(canvas, JSON.parse(json) as ChartConfig);
    this.dataset['drawn'] = 'true';
  }
}

export function defineDataChart() {
  if (!customElements.get('data-chart')) customElements.define('data-chart', DataChart);
}
