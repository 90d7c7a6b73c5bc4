/**
 * The timeline of the relationship: every dated fact in the knowledge base (agreements,
 * partnership levels, mechanisms, milestones of projects and organisations), in date order, each
 * with its entity, its paragraph, its subject and the countries it concerns (for filtering).
 */
import { compareStatedDates, type StatedDate } from './dates.ts';
import type { EntityRef } from './matcher.ts';
import type { KbEntity } from './entities.ts';
import { refOf } from './entities.ts';
import { countriesOf } from './relations.ts';
import type { Subject } from '../../schemas/entity.ts';

export interface TimelineEvent {
  readonly date: StatedDate;
  /** What happened, in this edition's words (agreement titles as printed). */
  readonly label: string;
  readonly entity: EntityRef;
  readonly entityName: string;
  readonly paragraph: string;
  readonly subjects: readonly Subject[];
  readonly countries: readonly string[];
}

/** The decade an event falls in (1990 for 1991–1999). */
export const decadeOf = (event: Pick<TimelineEvent, 'date'>) => Math.floor(event.date.year / 10) * 10;

/** The decades that have events, in order. */
export const decadesOf = (events: readonly TimelineEvent[]) => [...new Set(events.map(decadeOf))];

export function timelineEvents(all: readonly KbEntity[]): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const e of all) {
    const base = { entity: refOf(e), entityName: e.data.name, countries: countriesOf(all, e) };
    if (e.collection === 'agreements' && e.data.date) {
      events.push({
        ...base,
        date: e.data.date,
        label: `${e.data.name} signed`,
        paragraph: e.data.source.paragraph,
        subjects: e.data.subjects,
      });
    }
    if (e.collection === 'countries') {
      for (const p of e.data.partnerships) {
        if (p.date)
          events.push({
            ...base,
            date: p.date,
            label: `China and ${e.data.name}: ${p.level}`,
            paragraph: p.paragraph,
            subjects: ['partnership'],
          });
      }
      for (const m of e.data.mechanisms) {
        if (m.date)
          events.push({
            ...base,
            date: m.date,
            label: `China and ${e.data.name} establish the ${m.name}`,
            paragraph: m.paragraph,
            subjects: ['institutions'],
          });
      }
    }
    for (const m of e.data.milestones) {
      events.push({ ...base, date: m.date, label: m.event, paragraph: m.paragraph, subjects: [m.subject] });
    }
  }
  return events.sort((a, b) => compareStatedDates(a.date, b.date) || a.label.localeCompare(b.label));
}
