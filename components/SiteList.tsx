import { useState } from 'preact/hooks';

export interface SiteListProps {
  label: string;
  sites: string[];
  onChange: (sites: string[]) => void;
}

const toSite = (input: string): string | undefined => {
  const text = input.trim().toLowerCase();
  if (!text) return undefined;
  try {
    return new URL(text.includes('://') ? text : `https://${text}`).hostname || undefined;
  } catch {
    return undefined;
  }
};

/** An editable list of sites (host names). */
export function SiteList({ label, sites, onChange }: SiteListProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string>();
  const add = () => {
    const site = toSite(draft);
    if (!site || !/^[a-z0-9.-]+$/.test(site)) return setError(`“${draft}” is not a site such as example.com`);
    setError(undefined);
    setDraft('');
    if (!sites.includes(site)) onChange([...sites, site]);
  };
  return (
    <fieldset>
      <legend>{label}</legend>
      {sites.length === 0 && <p class="muted">None.</p>}
      <ul class="sites" aria-label={label}>
        {sites.map((site) => (
          <li key={site}>
            {site}{' '}
            <button
              type="button"
              onClick={() => onChange(sites.filter((s) => s !== site))}
              aria-label={`Remove ${site}`}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <input
          type="text"
          aria-label={`Add to ${label}`}
          placeholder="example.com"
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />{' '}
        <button type="submit">Add</button>
        {error && <span class="status-bad"> {error}</span>}
      </form>
    </fieldset>
  );
}
