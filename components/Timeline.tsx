import { formatEventDate, type EventRef } from '@/lib/kb/card';

export interface TimelineProps {
  events: EventRef[];
  onOpen: (id: string) => void;
}

/** The knowledge base's events in date order, undated ones last. */
export function Timeline({ events, onOpen }: TimelineProps) {
  return (
    <ol class="timeline" aria-label="Events by date">
      {events.map((event) => (
        <li key={event.id}>
          <time>{formatEventDate(event.date)}</time>
          <button type="button" class="link" onClick={() => onOpen(event.id)}>
            {event.label}
          </button>
        </li>
      ))}
    </ol>
  );
}
