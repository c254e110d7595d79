import { useEffect, useState } from 'preact/hooks';
import { SettingsForm } from '@/components/SettingsForm';
import { StatusLine, type StatusLineProps } from '@/components/StatusLine';
import { askBackground } from '@/lib/messaging/client';
import { Packs } from './Packs';
import { Data } from './Data';
import { Sync } from './Sync';
import type { Settings, SettingsPatch } from '@/lib/settings/schema';

export function App() {
  const [settings, setSettings] = useState<Settings>();
  const [status, setStatus] = useState<StatusLineProps>({ tone: 'pending', text: 'Loading settings…' });
  const [labels, setLabels] = useState<Record<string, string>>({});

  useEffect(() => {
    void askBackground('getSettings', {}).then((result) => {
      if (result.ok) {
        const ids = [...new Set(result.value.suppressed.map((s) => s.entity))];
        if (ids.length > 0)
          void askBackground('getEntityLabels', { ids }).then((reply) => reply.ok && setLabels(reply.value));
        setSettings(result.value);
        setStatus({ tone: 'pending', text: 'Changes are saved as you make them.' });
      } else {
        setStatus({ tone: 'bad', text: `Could not load settings: ${result.error.message}` });
      }
    });
  }, []);

  const update = async (patch: SettingsPatch) => {
    setStatus({ tone: 'pending', text: 'Saving…' });
    const result = await askBackground('updateSettings', patch);
    if (result.ok) {
      setSettings(result.value);
      setStatus({ tone: 'ok', text: 'Saved.' });
    } else {
      setStatus({ tone: 'bad', text: `Not saved: ${result.error.message}` });
    }
  };

  return (
    <main>
      <h1>Backstory settings</h1>
      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">Reading</h2>
        {settings && (
          <SettingsForm settings={settings} entityLabels={labels} onChange={(patch) => void update(patch)} />
        )}
        <StatusLine {...status} />
      </section>
      <Data />
      <Sync />
      <Packs />
    </main>
  );
}
