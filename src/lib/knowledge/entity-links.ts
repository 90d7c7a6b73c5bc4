/**
 * Links the first mention of each entity in one paragraph of the paper: a transform of the
 * paragraph's rendered content, run by the paragraph component (src/components/paper/P.astro) with
 * the matcher built from the content collections, not by the Markdown pipeline. Reads the hast of
 * the paragraph (the author's words, page markers, reference markers); writes `<a class="entity-link">`
 * around the matched words, leaving every character of the text as it was. Text inside links and
 * editorial insertions is not searched. A mention that a page marker cuts in two gets a link on
 * each side of the marker.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { entityHref, firstMentions, type EntityRef, type Matcher } from './matcher.ts';

export interface EntityLinkOptions {
  readonly matcher: Matcher;
  /** The paragraph id: scoped names match only in their paragraph. */
  readonly paragraphId: string;
  /** The entity's name, for the link's tooltip. */
  readonly describe: (entity: EntityRef) => string;
}

type Parent = Root | Element;
interface Segment {
  readonly node: Text;
  readonly parent: Parent;
  readonly start: number;
}

const skipped = (el: Element) => el.tagName === 'a' || el.tagName === 'code' || el.properties['dataEditorial'] !== undefined;

function collectText(parent: Parent, into: Segment[], offset: { at: number }) {
  for (const child of parent.children) {
    if (child.type === 'text') {
      into.push({ node: child, parent, start: offset.at });
      offset.at += child.value.length;
    } else if (child.type === 'element' && !skipped(child)) {
      collectText(child, into, offset);
    }
  }
}

/** Links the first mentions in a paragraph's hast, in place. */
function linkEntitiesInTree(tree: Root, options: EntityLinkOptions): void {
  const segments: Segment[] = [];
  collectText(tree, segments, { at: 0 });
  const text = segments.map((s) => s.node.value).join('');
  const mentions = firstMentions(options.matcher.find(text, options.paragraphId));
  for (const segment of segments) {
    const end = segment.start + segment.node.value.length;
    const inside = mentions.filter((m) => m.start < end && m.end > segment.start);
    if (inside.length === 0) continue;
    const pieces: ElementContent[] = [];
    let cursor = 0;
    for (const m of inside) {
      const from = Math.max(m.start, segment.start) - segment.start;
      const to = Math.min(m.end, end) - segment.start;
      if (from > cursor) pieces.push({ type: 'text', value: segment.node.value.slice(cursor, from) });
      pieces.push({
        type: 'element',
        tagName: 'a',
        properties: {
          href: entityHref(m.entity),
          className: ['entity-link'],
          dataEntity: `${m.entity.collection}/${m.entity.id}`,
          title: options.describe(m.entity),
        },
        children: [{ type: 'text', value: segment.node.value.slice(from, to) }],
      });
      cursor = to;
    }
    if (cursor < segment.node.value.length) pieces.push({ type: 'text', value: segment.node.value.slice(cursor) });
    const siblings = segment.parent.children as RootContent[];
    siblings.splice(siblings.indexOf(segment.node), 1, ...pieces);
  }
}

/** Links the first mentions in an HTML fragment (a paragraph's rendered content) and returns HTML. */
export function linkEntitiesInHtml(html: string, options: EntityLinkOptions): string {
  const tree = fromHtml(html, { fragment: true });
  linkEntitiesInTree(tree, options);
  return toHtml(tree);
}
