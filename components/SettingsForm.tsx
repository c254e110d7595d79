import { entityKinds, type EntityKind } from '@/lib/kb/schema';
import { modifierKeys, type Settings, type SettingsPatch } from '@/lib/settings/schema';
import { SiteList } from './SiteList';

export interface SettingsFormProps {
  settings: Settings;
  /** Labels of entities by id, to name them in the suppressed-alias list. */
  entityLabels: Record<string, string>;
  onChange: (patch: SettingsPatch) => void;
}

const kindLabels: Record<EntityKind, string> = {
  person: 'People',
  state: 'States',
  place: 'Places',
  organisation: 'Organisations',
  system: 'Systems and programmes',
  event: 'Events',
};

/** Edits every reader-facing setting; each change is reported as a patch. */
export function SettingsForm({ settings, entityLabels, onChange }: SettingsFormProps) {
  const legacyOff = settings.highlightStyle === 'off';
  return (
    <div class="settings">
      <label>
        Mark{' '}
        <select
          name="highlightScope"
          value={legacyOff ? 'none' : settings.highlightScope}
          onChange={(event) =>
            onChange({
              highlightScope: event.currentTarget.value as Settings['highlightScope'],
              // An older build's "draw nothing" was a style: choosing a scope now replaces it.
              ...(legacyOff ? { highlightStyle: 'underline' as const } : {}),
            })
          }
        >
          <option value="first">the first mention of each name in each section</option>
          <option value="all">every mention</option>
          <option value="none">nothing (hovering a name still opens its card)</option>
        </select>
      </label>
      <label>
        Mark them with{' '}
        <select
          name="highlightStyle"
          value={settings.highlightStyle === 'off' ? 'underline' : settings.highlightStyle}
          disabled={legacyOff || settings.highlightScope === 'none'}
          onChange={(event) =>
            onChange({ highlightStyle: event.currentTarget.value as Settings['highlightStyle'] })
          }
        >
          <option value="underline">a quiet dotted underline</option>
          <option value="background">a background tint</option>
        </select>
      </label>
      <label>
        Open a name’s card after hovering for{' '}
        <input
          name="hoverDelayMs"
          type="number"
          min={0}
          max={3000}
          step={50}
          value={settings.hoverDelayMs}
          onChange={(event) => {
            const value = event.currentTarget.valueAsNumber;
            if (Number.isInteger(value) && value >= 0 && value <= 3000) onChange({ hoverDelayMs: value });
          }}
        />{' '}
        ms
      </label>
      <label>
        Open cards only while holding{' '}
        <select
          name="modifierKey"
          value={settings.modifierKey}
          onChange={(event) =>
            onChange({ modifierKey: event.currentTarget.value as Settings['modifierKey'] })
          }
        >
          {modifierKeys.map((key) => (
            <option key={key} value={key}>
              {key === 'none' ? 'no key (hover is enough)' : key}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Mark and explain</legend>
        {entityKinds.map((kind) => (
          <label key={kind} class="inline">
            <input
              type="checkbox"
              checked={settings.kindsShown.includes(kind)}
              onChange={(event) =>
                onChange({
                  kindsShown: event.currentTarget.checked
                    ? [...settings.kindsShown, kind]
                    : settings.kindsShown.filter((k) => k !== kind),
                })
              }
            />{' '}
            {kindLabels[kind]}
          </label>
        ))}
      </fieldset>
      <label>
        Run Backstory{' '}
        <select
          name="siteMode"
          value={settings.siteMode}
          onChange={(event) => onChange({ siteMode: event.currentTarget.value as Settings['siteMode'] })}
        >
          <option value="all">on every site, except paused ones</option>
          <option value="listed">only on the sites listed below</option>
        </select>
      </label>
      {settings.siteMode === 'listed' && (
        <SiteList
          label="Sites where Backstory runs"
          sites={settings.enabledSites}
          onChange={(enabledSites) => onChange({ enabledSites })}
        />
      )}
      <SiteList
        label="Paused sites"
        sites={settings.pausedSites}
        onChange={(pausedSites) => onChange({ pausedSites })}
      />
      <label>
        <input
          type="checkbox"
          name="keepClaimsWhenPaused"
          checked={settings.keepClaimsWhenPaused}
          onChange={(event) => onChange({ keepClaimsWhenPaused: event.currentTarget.checked })}
        />{' '}
        On paused sites, still highlight the claims I marked there
      </label>
      <fieldset>
        <legend>Links you marked as wrong</legend>
        {settings.suppressed.length === 0 && <p class="muted">None.</p>}
        <ul class="sites" aria-label="Links you marked as wrong">
          {settings.suppressed.map((s) => (
            <li key={`${s.site} ${s.alias} ${s.entity}`}>
              “{s.alias}” → {entityLabels[s.entity] ?? s.entity} on {s.site}{' '}
              <button
                type="button"
                onClick={() => onChange({ suppressed: settings.suppressed.filter((other) => other !== s) })}
                aria-label={`Link “${s.alias}” to ${entityLabels[s.entity] ?? s.entity} on ${s.site} again`}
              >
                Link again
              </button>
            </li>
          ))}
        </ul>
      </fieldset>
    </div>
  );
}
