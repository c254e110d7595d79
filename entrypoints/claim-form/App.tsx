/**
 * The claim form, framed next to the selection on the web page. It is an extension page, so the
 * page's scripts can neither read it nor see the keys pressed in it; it speaks only to the
 * background, which knows which tab it is in.
 *
 * What the reader types is saved as they type (a moment after they pause), each field on its
 * own, so a refused note does not cost the tags. The status says truthfully whether it is saved;
 * closing with anything unsaved first tries to save it, and asks before losing it.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ClaimDetailsForm, type EntityOption } from '@/components/ClaimDetailsForm';
import type { ClaimPatch, SavedClaim } from '@/lib/claims/schema';
import { checkDraft, type Draft } from '@/lib/claims/draft';
import { askBackground } from '@/lib/messaging/client';
import { watchVisibility } from '@/lib/pages/visibility';

interface Loaded {
  claim: SavedClaim;
  options: EntityOption[];
}

const claimId = new URLSearchParams(location.search).get('claim') ?? '';
const closeFrame = () => void askBackground('closeClaimForm', { id: claimId });
/** How long after the last keystroke the draft is saved. */
const AUTOSAVE_MS = 600;
const SAVED = { text: 'Saved ✓' };
const COVERED = { text: 'Not saved: this form is covered or faded on the page.', bad: true };

/** The one form on this page: its autosave timer, what was last saved, and how to close it. */
const form: {
  timer?: ReturnType<typeof setTimeout>;
  /** The last patch the background confirmed, to tell whether anything is unsaved. */
  saved: string;
  close: () => Promise<void>;
} = { saved: '', close: async () => closeFrame() };

export function App() {
  const [loaded, setLoaded] = useState<Loaded>();
  const [draft, setDraft] = useState<Draft>();
  const [status, setStatus] = useState<{ text: string; bad?: boolean; retry?: boolean }>(SAVED);
  const [confirmClose, setConfirmClose] = useState(false);
  const [visibility] = useState(() => watchVisibility(document.documentElement));
  const checked = useMemo(() => (draft ? checkDraft(draft) : undefined), [draft]);

  const save = async (patch: ClaimPatch): Promise<boolean> => {
    clearTimeout(form.timer);
    // The page may cover or fade this frame to steer the reader: save nothing they cannot see.
    if (visibility.hidden()) {
      setStatus(COVERED);
      return false;
    }
    setStatus({ text: 'Saving…' });
    const reply = await askBackground('updateClaim', { id: claimId, patch });
    if (!reply.ok) {
      setStatus({ text: `Not saved: ${reply.error.message}`, bad: true, retry: true });
      return false;
    }
    form.saved = JSON.stringify(patch);
    setStatus(SAVED);
    return true;
  };

  /** Whether everything typed is saved (nothing pending, nothing refused). */
  const allSaved = () =>
    checked !== undefined &&
    Object.keys(checked.refused).length === 0 &&
    JSON.stringify(checked.patch) === form.saved;

  const close = async () => {
    if (!checked || allSaved()) return closeFrame();
    if (Object.keys(checked.refused).length === 0 && (await save(checked.patch))) return closeFrame();
    setConfirmClose(true);
  };
  useEffect(() => {
    form.close = close;
  });

  useEffect(() => {
    void askBackground('claimFormData', { id: claimId }).then((reply) => {
      if (!reply.ok) {
        setStatus({ text: `Could not open this claim: ${reply.error.message}`, bad: true });
        return;
      }
      const { claim } = reply.value;
      const start = {
        note: claim.note,
        tags: claim.tags.join(', '),
        label: claim.label,
        entities: claim.entities,
      };
      form.saved = JSON.stringify(checkDraft(start).patch);
      setLoaded(reply.value);
      setDraft(start);
    });
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') void form.close();
    };
    addEventListener('keydown', onKey);
    return () => {
      removeEventListener('keydown', onKey);
      clearTimeout(form.timer);
      visibility.stop();
    };
  }, [visibility]);

  if (!loaded || !draft || !checked)
    return (
      <div class="bs-marker bs-in-frame">
        <p role="status">{status === SAVED ? 'Loading…' : status.text}</p>
      </div>
    );
  return (
    <div class="bs-marker bs-in-frame">
      <ClaimDetailsForm
        draft={draft}
        checked={checked}
        quote={loaded.claim.selectors.quote.exact}
        options={loaded.options}
        status={status}
        confirmClose={confirmClose}
        onChange={(next) => {
          setDraft(next);
          setConfirmClose(false);
          const { patch, refused } = checkDraft(next);
          const refusal = refused.note ?? refused.tags;
          setStatus(
            refusal
              ? { text: 'Not saved: part of what you typed is refused (see below).', bad: true }
              : { text: 'Not saved yet…' },
          );
          clearTimeout(form.timer);
          // Save what can be saved, even when another field is refused.
          form.timer = setTimeout(
            () =>
              void save(patch).then(
                (ok) =>
                  ok && refusal && setStatus({ text: 'Saved, except what is marked below.', bad: true }),
              ),
            AUTOSAVE_MS,
          );
        }}
        onSave={(event) => {
          // A click the page could have steered (covered, faded, or synthetic) saves nothing.
          if (!event.isTrusted) return setStatus(COVERED);
          void save(checked.patch);
        }}
        onClose={() => void close()}
        onDiscard={closeFrame}
        onKeepEditing={() => setConfirmClose(false)}
      />
    </div>
  );
}
