import { useState } from 'preact/hooks';
import { FilterField } from './FilterField';

/** The ranges most filters need, as days back from today (Google Drive's "Modified" menu, Gmail's "Date within"). */
const PRESETS = [
  { value: '7', label: 'Past week', days: 7 },
  { value: '30', label: 'Past month', days: 30 },
  { value: '365', label: 'Past year', days: 365 },
] as const;

/** Today less `days`, as the yyyy-mm-dd a date filter compares with. */
function daysAgo(days: number, today = new Date()): string {
  const day = new Date(today);
  day.setDate(day.getDate() - days);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

export interface DateRangeFilterProps {
  /** yyyy-mm-dd, or '' for no bound. */
  from: string;
  to: string;
  onChange: (from: string, to: string) => void;
}

/**
 * A date filter that is one Tab stop: a menu of ranges ("Any date", the past week, month or year)
 * with "Custom range…", which shows the From and To fields. Two date fields are three or four
 * Tab stops each (month, day, year, picker), eight to pass a filter most readers leave alone.
 */
export function DateRangeFilter({ from, to, onChange }: DateRangeFilterProps) {
  const preset = !to ? PRESETS.find((p) => from === daysAgo(p.days)) : undefined;
  const [custom, setCustom] = useState(!preset && Boolean(from || to));
  const choice = custom ? 'custom' : (preset?.value ?? (from || to ? 'custom' : ''));
  return (
    <>
      <FilterField name="Dates">
        <select
          aria-label="Dates"
          value={choice}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setCustom(value === 'custom');
            if (value === 'custom') return;
            const days = PRESETS.find((p) => p.value === value)?.days;
            onChange(days === undefined ? '' : daysAgo(days), '');
          }}
        >
          <option value="">Any date</option>
          {PRESETS.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
          <option value="custom">Custom range…</option>
        </select>
      </FilterField>
      {choice === 'custom' && (
        <>
          <label>
            From <input type="date" value={from} onInput={(e) => onChange(e.currentTarget.value, to)} />
          </label>
          <label>
            To <input type="date" value={to} onInput={(e) => onChange(from, e.currentTarget.value)} />
          </label>
        </>
      )}
    </>
  );
}
