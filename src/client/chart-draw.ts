/**
 * Draws one chart with Chart.js, registering only the parts the site's charts use (bar and
 * line charts, category and linear scales, legend, tooltip). Colours come from Starlight's
 * CSS variables, so they match the current theme.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface ChartConfig {
  type: 'bar' | 'line';
  horizontal: boolean;
  unit: string;
  labels: string[];
  series: { label: string; values: number[] }[];
  /** The label whose bar is drawn in the accent colour, the others in grey. */
  highlight?: string;
}

const PALETTE = ['--sl-color-accent', '--chart-2', '--chart-3'];

export function drawChart(canvas: HTMLCanvasElement, config: ChartConfig): () => void {
  const style = getComputedStyle(document.documentElement);
  const css = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const text = css('--sl-color-gray-2', '#444');
  const grid = css('--sl-color-gray-5', '#ddd');
  const colours = PALETTE.map((name, i) => css(name, ['#3057d5', '#c2410c', '#15803d'][i]!));
  const valueAxis = {
    title: { display: true, text: config.unit, color: text },
    ticks: { color: text },
    grid: { color: grid },
    beginAtZero: true,
  };
  const labelAxis = { ticks: { color: text, autoSkip: false }, grid: { color: grid } };
  const chart = new Chart(canvas, {
    type: config.type,
    data: {
      labels: config.labels,
      datasets: config.series.map((s, i) => ({
        label: s.label,
        data: s.values,
        backgroundColor: config.highlight
          ? config.labels.map((l) => (l === config.highlight ? colours[0]! : grid))
          : colours[i % colours.length],
        borderColor: colours[i % colours.length],
        borderWidth: config.type === 'line' ? 2 : 0,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      indexAxis: config.horizontal ? 'y' : 'x',
      scales: config.horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
      plugins: { legend: { display: config.series.length > 1, labels: { color: text } } },
    },
  });
  return () => chart.destroy();
}
