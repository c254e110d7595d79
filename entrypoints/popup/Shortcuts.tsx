import { useEffect, useState } from 'preact/hooks';
import { boundShortcuts, type BoundShortcut } from '@/lib/extension-pages/shortcuts';

/** Firefox (137+) opens its shortcut editor itself; Chrome's is a page an extension may open in a tab. */
type CommandsWithSettings = typeof browser.commands & { openShortcutSettings?: () => Promise<void> };

function changeShortcuts() {
  const commands = browser.commands as CommandsWithSettings;
  if (commands.openShortcutSettings) void commands.openShortcutSettings();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

/**
 * The keyboard route to names and cards: Backstory's shortcuts as the browser has bound them
 * ("not set" when none is), and a button to change them.
 */
export function Shortcuts() {
  const [shortcuts, setShortcuts] = useState<BoundShortcut[]>();
  useEffect(() => {
    void browser.commands.getAll().then(
      (commands) => setShortcuts(boundShortcuts(commands)),
      () => setShortcuts(boundShortcuts([])),
    );
  }, []);
  if (!shortcuts) return null;
  return (
    <section class="shortcuts" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      <dl>
        {shortcuts.map((s) => (
          <div key={s.name} data-command={s.name}>
            <dt>{s.what}</dt>
            <dd>{s.keys ? <kbd>{s.keys}</kbd> : <span class="muted">not set</span>}</dd>
          </div>
        ))}
      </dl>
      <p class="muted">
        Names on a page are not Tab stops; these keys move between them.{' '}
        <button type="button" class="link" onClick={changeShortcuts}>
          Change shortcuts
        </button>{' '}
        {import.meta.env.FIREFOX
          ? '(Add-ons and themes → gear menu → Manage Extension Shortcuts)'
          : '(chrome://extensions/shortcuts)'}
      </p>
    </section>
  );
}
