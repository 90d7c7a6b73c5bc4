/**
 * Static citation files for the whole paper, each section and each paragraph: /cite/<bib|ris|json>/<article|edition>/<target>.<ext>.
 * Static files carry no access date (nobody has accessed the page when they are built).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticleMeta } from '../../../../lib/content/paper-queries.ts';
import { getCitationTargets, getEdition } from '../../../../lib/content/cite-queries.ts';
import { CITED_WORKS, cslItem, type CitationTarget, type CitedWork } from '../../../../lib/cite/csl-item.ts';
import { DATA_FORMATS, citationFilePath, formatData } from '../../../../lib/cite/formats.ts';

type Format = (typeof DATA_FORMATS)[number];

export const getStaticPaths = (async () => {
  const { paper, sections, paragraphs } = await getCitationTargets();
  return [paper, ...sections, ...paragraphs].flatMap((target) =>
    CITED_WORKS.flatMap((work) =>
      DATA_FORMATS.map((format) => {
        const [, , extension, , file] = citationFilePath(target.id, work, format.id).split('/');
        return { params: { extension, work, file }, props: { target, work, format } };
      }),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ target: CitationTarget; work: CitedWork; format: Format }> = async ({ props }) => {
  const item = cslItem(await getArticleMeta(), getEdition(), props.target, props.work);
  return new Response(formatData([item], props.format.id), { headers: { 'content-type': `${props.format.mediaType}; charset=utf-8` } });
};
