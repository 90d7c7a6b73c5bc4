/** The line under an agreement's title: kind, date and parties ("Treaty · June 2002 · China, Kyrgyzstan"). */
import { formatStatedDate } from './dates.ts';
import { findEntities } from './relations.ts';
import { kindLabel } from './labels.ts';
import type { KbEntity, KbEntityOf } from './entities.ts';

export function agreementKicker(all: readonly KbEntity[], agreement: KbEntityOf<'agreements'>): string {
  const parties = findEntities(all, agreement.data.parties).map((p) => p.data.name);
  return [
    kindLabel(agreement.data.kind),
    agreement.data.date ? formatStatedDate(agreement.data.date) : 'date not stated',
    parties.join(', '),
  ].join(' · ');
}
