/** The line under an agreement's title: kind, date and parties ("Treaty · June 2002 · China, Kyrgyzstan"). */
import { formatStatedDate } from './dates.ts';
import { findEntities } from './entity-relations.ts';
import { kindLabel } from './entity-labels.ts';
import type { KbEntity } from './knowledge-base.ts';
import { getKnowledgeBase } from './paper.ts';

export async function agreementKicker(agreement: Extract<KbEntity, { collection: 'agreements' }>): Promise<string> {
  const kb = await getKnowledgeBase();
  const parties = findEntities(kb.entities, agreement.data.parties).map((p) => p.data.name);
  return [kindLabel(agreement.data.kind), agreement.data.date ? formatStatedDate(agreement.data.date) : 'date not stated', parties.join(', ')].join(' · ');
}
