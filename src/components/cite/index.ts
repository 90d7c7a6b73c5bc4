export { default as CitePanel } from './CitePanel.astro';
export { default as CitePaper } from './CitePaper.astro';
export { default as CitationMetadata } from './CitationMetadata.astro';
export { default as PageBasisTable } from './PageBasisTable.astro';
export { default as CitationDownloads } from './CitationDownloads.astro';
