import type { Settings, SettingsPatch } from '@/lib/settings/schema';

export interface SettingsFormProps {
  settings: Settings;
  onChange: (patch: SettingsPatch) => void;
}

/** Edits the reader-facing settings; every change is reported as a patch. */
export function SettingsForm({ settings, onChange }: SettingsFormProps) {
  return (
    <form onSubmit={(event) => event.preventDefault()}>
      <label>
        Highlight mentions with{' '}
        <select
          name="highlightStyle"
          value={settings.highlightStyle}
          onChange={(event) =>
            onChange({ highlightStyle: event.currentTarget.value as Settings['highlightStyle'] })
          }
        >
          <option value="underline">an underline</option>
          <option value="background">a background tint</option>
          <option value="off">nothing (hover still works)</option>
        </select>
      </label>
      <label>
        Open the popover after hovering for{' '}
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
    </form>
  );
}
