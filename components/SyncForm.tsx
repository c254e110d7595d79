import { useState } from 'preact/hooks';
import { parseTags } from './ClaimDetailsForm';

/** What the reader enters to connect to a team server. */
export interface SyncFormValues {
  server: string;
  database: string;
  username: string;
  password: string;
  author: string;
  share: 'chosen' | 'tags' | 'all';
  tags: string[];
  create: boolean;
}

export interface SyncFormProps {
  /** Connected already: only the name and the sharing rule can change. */
  connected?: { author: string; share: SyncFormValues['share']; tags: string[] };
  busy: boolean;
  onConnect: (values: SyncFormValues) => void;
  onSaveSharing: (rule: Pick<SyncFormValues, 'author' | 'share' | 'tags'>) => void;
}

const shareText = {
  chosen: 'Only the claims I choose, one by one (in the side panel)',
  tags: 'Claims with one of these tags',
  all: 'All my claims, except those I make private',
} as const;

/** The server, database, login and sharing rule for team sync. */
export function SyncForm({ connected, busy, onConnect, onSaveSharing }: SyncFormProps) {
  const [server, setServer] = useState('');
  const [database, setDatabase] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [create, setCreate] = useState(false);
  const [author, setAuthor] = useState(connected?.author ?? '');
  const [share, setShare] = useState<SyncFormValues['share']>(connected?.share ?? 'chosen');
  const [tags, setTags] = useState((connected?.tags ?? []).join(', '));

  return (
    <form
      class="sync-form"
      onSubmit={(event) => {
        event.preventDefault();
        const rule = { author, share, tags: parseTags(tags) };
        if (connected) onSaveSharing(rule);
        else onConnect({ server, database, username, password, create, ...rule });
      }}
    >
      {!connected && (
        <>
          <label>
            Server address
            <input
              type="url"
              required
              placeholder="https://…"
              autoComplete="url"
              value={server}
              onInput={(e) => setServer(e.currentTarget.value)}
            />
          </label>
          <label>
            Database
            <input
              type="text"
              required
              value={database}
              onInput={(e) => setDatabase(e.currentTarget.value)}
            />
          </label>
          <label>
            User name on the server (empty if it needs none)
            <input
              type="text"
              autoComplete="username"
              value={username}
              onInput={(e) => setUsername(e.currentTarget.value)}
            />
          </label>
          <label>
            Password
            <input
              type="password"
              autoComplete="current-password"
              value={password}
              onInput={(e) => setPassword(e.currentTarget.value)}
            />
          </label>
          <label class="inline">
            <input type="checkbox" checked={create} onChange={(e) => setCreate(e.currentTarget.checked)} />{' '}
            Create the database if it does not exist
          </label>
        </>
      )}
      <label>
        Your name, shown on the claims you share
        <input
          type="text"
          required
          maxLength={100}
          value={author}
          onInput={(e) => setAuthor(e.currentTarget.value)}
        />
      </label>
      <fieldset>
        <legend>What to share</legend>
        {(Object.keys(shareText) as SyncFormValues['share'][]).map((mode) => (
          <label key={mode} class="block">
            <input
              type="radio"
              name="share"
              value={mode}
              checked={share === mode}
              onChange={() => setShare(mode)}
            />{' '}
            {shareText[mode]}
          </label>
        ))}
        {share === 'tags' && (
          <label>
            Tags (comma-separated)
            <input type="text" required value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
          </label>
        )}
      </fieldset>
      <button type="submit" class="primary" disabled={busy}>
        {connected ? 'Save sharing' : 'Connect'}
      </button>
    </form>
  );
}
