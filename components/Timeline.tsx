import { formatEventDate, type EventRef } from '@/lib/kb/card';

export interface TimelineProps {
  events: EventRef[];
  onOpen: (id: string) => void;
}

const yearOf = (event: EventRef) =>
  'undated' in event.date ? 'Undated' : ('on' in event.date ? event.date.on : event.date.from).slice(0, 4);

/**
 * Events in date order (as the background sorts them: a month or year without a day after the
 * dated events it spans, undated ones last), under a heading per year.
 */
export function Timeline({ events, onOpen }: TimelineProps) {
  if (events.length === 0) return <p class="muted">No events to show.</p>;
  const years: { year: string; events: EventRef[] }[] = [];
  for (const event of events) {
    const year = yearOf(event);
    if (years.at(-1)?.year !== year) years.push({ year, events: [] });
    years.at(-1)!.events.push(event);
  }
  return (
    <ol class="timeline-years" aria-label="Events by date">
      {years.map(({ year, events: inYear }) => (
        <li key={year}>
          <h2 class="timeline-year">{year}</h2>
          <ol class="timeline">
            {inYear.map((event) => (
              <li key={event.id}>
                <time>{formatEventDate(event.date)}</time>
                <button type="button" class="link" onClick={() => onOpen(event.id)}>
                  {event.label}
                </button>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
