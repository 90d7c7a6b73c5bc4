/** The components the paper's MDX pages use. */
export { default as P } from './P.astro';
export { default as PageMarker } from './PageMarker.astro';
export { default as Ref } from './Ref.astro';
export { default as DataTable } from './DataTable.astro';
export { default as EditorialNote } from './EditorialNote.astro';
export { default as TextDataChart } from './TextDataChart.astro';
