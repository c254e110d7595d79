import type { InputHTMLAttributes } from 'preact';
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

/** A labelled one-line input: the label's words, then the input with the attributes given. */
function TextField({
  label,
  onValue,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { label: string; onValue: (value: string) => void }) {
  return (
    <label>
      {label}
      <input {...input} onInput={(e) => onValue(e.currentTarget.value)} />
    </label>
  );
}

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
          <TextField
            label="Server address"
            type="url"
            required
            placeholder="https://…"
            autoComplete="url"
            value={server}
            onValue={setServer}
          />
          <TextField label="Database" type="text" required value={database} onValue={setDatabase} />
          <TextField
            label="User name on the server (empty if it needs none)"
            type="text"
            autoComplete="username"
            value={username}
            onValue={setUsername}
          />
          <TextField
            label="Password"
            type="password"
            autoComplete="current-password"
            value={password}
            onValue={setPassword}
          />
          <label class="inline">
            <input type="checkbox" checked={create} onChange={(e) => setCreate(e.currentTarget.checked)} />{' '}
            Create the database if it does not exist
          </label>
        </>
      )}
      <TextField
        label="Your name, shown on the claims you share"
        type="text"
        required
        maxLength={100}
        value={author}
        onValue={setAuthor}
      />
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
          <TextField label="Tags (comma-separated)" type="text" required value={tags} onValue={setTags} />
        )}
      </fieldset>
      <button type="submit" class="primary" disabled={busy}>
        {connected ? 'Save sharing' : 'Connect'}
      </button>
    </form>
  );
}
