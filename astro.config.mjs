// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { sidebar } from './src/lib/sidebar.ts';

export default defineConfig({
  trailingSlash: 'always',
  // The author's quotes, dashes and dots are printed characters: no smart punctuation.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  integrations: [
    starlight({
      title: 'China’s strategy toward Central Asia',
      description:
        'An online edition of “China’s strategy toward Central Asia”, Vestnik of Saint Petersburg University. International Relations, 2019, vol. 12, issue 1.',
      markdown: { processedDirs: ['./content'] },
      sidebar,
      customCss: ['./src/styles/paper.css', './src/styles/knowledge.css', './src/styles/data.css'],
      components: {
        PageTitle: './src/components/starlight/PageTitle.astro',
        MarkdownContent: './src/components/starlight/MarkdownContent.astro',
        Search: './src/components/starlight/Search.astro',
      },
      pagination: true,
    }),
  ],
});
