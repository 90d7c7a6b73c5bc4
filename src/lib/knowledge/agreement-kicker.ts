/** The line under an agreement's title: kind, date and parties ("Treaty · June 2002 · China, Kyrgyzstan"). */
import { formatStatedDate } from './dates.ts';
import { findEntities } from './relations.ts';
import { kindLabel } from './labels.ts';
import type { KbEntity } from './entities.ts';
import { getKnowledgeBase } from '../content/knowledge-queries.ts';

export async function agreementKicker(agreement: Extract<KbEntity, { collection: 'agreements' }>): Promise<string> {
  const kb = await getKnowledgeBase();
  const parties = findEntities(kb.entities, agreement.data.parties).map((p) => p.data.name);
  return [
    kindLabel(agreement.data.kind),
    agreement.data.date ? formatStatedDate(agreement.data.date) : 'date not stated',
    parties.join(', '),
  ].join(' · ');
}
