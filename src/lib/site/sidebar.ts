/**
 * The site's sidebar: the paper's parts and points in reading order, then the knowledge base's indexes. astro.config.mjs imports it.
 * Starlight 0.42 matches `autogenerate.directory` against an entry's file path relative to
 * src/content/docs; our docs live in ./content, so the path it sees starts with "content/".
 */
import { PARTS } from '../paper/outline.ts';
import { ENTITY_KIND_LIST, kindPath } from '../knowledge/kinds.ts';

export const sidebar = [
  {
    label: 'The paper',
    items: [
      { label: 'Home', link: '/' },
      { label: 'Full text (linear view)', link: '/paper/full/' },
      { label: 'Search', link: '/search/' },
      'paper/abstract',
      'paper/introduction',
    ],
  },
  ...PARTS.filter((p) => p.key !== 'front').map((p) => ({
    label: p.label,
    items: [{ autogenerate: { directory: `content/${p.directory}` } }],
  })),
  {
    label: 'Knowledge base',
    items: [...ENTITY_KIND_LIST.map((k) => ({ label: k.plural, link: kindPath(k.collection) })), { label: 'Timeline', link: '/timeline/' }],
  },
  {
    label: 'Data',
    items: [
      { label: 'Data sets', link: '/data/' },
      { label: 'Data notes', link: '/data/notes/' },
    ],
  },
  {
    label: 'About this edition',
    items: [
      'about/how-to-cite',
      { label: 'Editions', link: '/about/editions/' },
      { label: 'Frozen editions', link: '/editions/' },
      { label: 'Other names', link: '/about/names/' },
      'paper/references',
    ],
  },
];
