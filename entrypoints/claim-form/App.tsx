/**
 * The claim form, framed next to the selection on the web page. It is an extension page, so the
 * page's scripts can neither read it nor see the keys pressed in it; it speaks only to the
 * background, which knows which tab it is in.
 *
 * What the reader types is saved as they type (a moment after they pause), each field on its
 * own, so a refused note does not cost the tags. The status says truthfully whether it is saved;
 * closing with anything unsaved first tries to save it, and asks before losing it. A note too long
 * to save is never lost: the background keeps it whole as a draft when the form goes, and the form
 * opens on it next time.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ClaimDetailsForm, type EntityOption } from '@/components/ClaimDetailsForm';
import type { SavedClaim } from '@/lib/claims/schema';
import { checkDraft, type CheckedDraft, type Draft } from '@/lib/claims/draft';
import { askBackground } from '@/lib/messaging/client';
import { createFormGuard } from './click-guard';
import { openDraftPort } from './draft-port';
import { reportHeight } from './fit';

interface Loaded {
  claim: SavedClaim;
  options: EntityOption[];
}

const params = new URLSearchParams(location.search);
const claimId = params.get('claim') ?? '';
/** The frame (of the page) that shows this form, which vouches for it being on show. */
const hostFrame = /^\d+$/.test(params.get('frame') ?? '') ? Number(params.get('frame')) : undefined;
/**
 * Asks the page to remove this frame — in a later task, once the click or key that asked has been
 * handled here. Removed while its input is still being handled, the frame never acknowledges that
 * input, and Chromium's DevTools input commands wait forever for it: a stress loop of marking and
 * closing hung on the ✕ about once in 17 closes before, never in 130 after; claim-form-keyboard's
 * Escape hung the same way. A reader sees no difference.
 */
const closeFrame = () => void setTimeout(() => void askBackground('closeClaimForm', { id: claimId }));
const draftPort = openDraftPort(claimId);
/** How long after the last keystroke the draft is saved. */
const AUTOSAVE_MS = 600;
const SAVED = { text: 'Saved ✓', saved: true };
const PENDING = { text: 'Not saved yet…' };
const COVERED = { text: 'Not saved: this form is covered or faded on the page.', bad: true };
const PARTLY = { text: 'Saved, except what is marked below.', bad: true };

type Status = { text: string; bad?: boolean; retry?: boolean; saved?: boolean };

/** The one form on this page: what is typed, what is saved, and the timer between the two. */
const form: {
  timer?: ReturnType<typeof setTimeout>;
  /** The last patch the background confirmed, to tell whether anything is unsaved. */
  saved: string;
  /** What the reader has typed, checked: the patch that would be saved now. */
  latest?: CheckedDraft;
  /** The note as typed, kept as a draft when it is too long to save. */
  note: string;
  /**
   * The note as the form opened on it, and whether the reader has changed it since. Until they
   * do, the form says nothing about the claim's note draft: another form on the same claim (the
   * article open in two tabs) may have kept one since this form opened, and this form's going
   * must not drop it.
   */
  openedNote?: string;
  noteEdited: boolean;
  /** A save waits for the browser to show the form (its first report, or the page uncovering it). */
  waitingToShow: boolean;
  /** Whether the browser has reported on the frame's visibility yet. */
  reported: boolean;
  resume: () => void;
  close: () => Promise<void>;
  /** Tells the background what is unsaved now (draft-port.ts). */
  tellDraft: () => void;
} = {
  saved: '',
  note: '',
  noteEdited: false,
  waitingToShow: false,
  reported: false,
  resume: () => undefined,
  close: async () => closeFrame(),
  tellDraft: () => undefined,
};

const refusedAny = (checked: CheckedDraft) => Object.keys(checked.refused).length > 0;
/** Whether what can be saved of the draft differs from what was last saved. */
const pending = () => form.latest !== undefined && JSON.stringify(form.latest.patch) !== form.saved;

export function App() {
  const [loaded, setLoaded] = useState<Loaded>();
  const [draft, setDraft] = useState<Draft>();
  const [status, setStatus] = useState<Status>(SAVED);
  const [confirmClose, setConfirmClose] = useState(false);
  const [savedAt, setSavedAt] = useState<{ time: string; saves: number }>();
  // The page may cover, fade or slide this frame to steer a click or catch typing: clicks are
  // checked by the guard (click-guard.ts), and nothing is saved while the form is not on show.
  const [guard] = useState(() =>
    createFormGuard(claimId, hostFrame, (visible) => {
      form.reported = true;
      form.tellDraft();
      if (visible && form.waitingToShow) form.resume();
    }),
  );
  useEffect(() => reportHeight(claimId, document.getElementById('app')!), []);
  const checked = useMemo(() => (draft ? checkDraft(draft) : undefined), [draft]);

  /** Saves what can be saved of the latest draft; false if it could not be saved (yet). */
  const save = async (): Promise<boolean> => {
    clearTimeout(form.timer);
    const latest = form.latest;
    if (!latest) return false;
    // The page may cover or fade this frame to steer the reader: save nothing they cannot see,
    // and save once the browser reports the form on show again.
    if (guard.hidden()) {
      form.waitingToShow = true;
      setStatus(form.reported ? COVERED : PENDING);
      return false;
    }
    form.waitingToShow = false;
    setStatus({ text: 'Saving…' });
    const patch = JSON.stringify(latest.patch);
    const reply = await askBackground('updateClaim', { id: claimId, patch: latest.patch });
    if (!reply.ok) {
      setStatus({ text: `Not saved: ${reply.error.message}`, bad: true, retry: true });
      return false;
    }
    form.saved = patch;
    const time = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    setSavedAt((old) => ({ time, saves: (old?.saves ?? 0) + 1 }));
    form.tellDraft();
    // Typing during the save leaves newer text to save: say so, never "Saved".
    if (pending()) setStatus(PENDING);
    else setStatus(refusedAny(form.latest!) ? PARTLY : SAVED);
    return true;
  };

  const close = async () => {
    const latest = form.latest;
    if (!latest) return closeFrame();
    // Save what can be saved first, so a refused note never costs the tags typed with it. A note
    // too long to save is kept as a draft as the form goes (the draft port), so it asks nothing.
    const saved = !pending() || (await save());
    if (saved && !latest.refused.tags) return closeFrame();
    setConfirmClose(true);
  };
  const saveClicked = async (event: MouseEvent) => {
    // A click the page could have steered (covered, faded, slid, or synthetic) saves nothing;
    // with nothing pending there is nothing it could save, and "Saved" stays true.
    const why = await guard.refusal(event);
    if (!why) await save();
    else if (pending()) setStatus({ text: `Not saved: ${why}.`, bad: true });
  };
  useEffect(() => {
    form.close = close;
    form.resume = () => void save();
    // Only what the reader can see is saved: typing into a form the page covers or fades is not.
    // A note too long to save is kept as a draft all the same: a draft is not a saved note, and
    // the reader sees it and what to do about it when the claim opens next.
    form.tellDraft = () => {
      form.noteEdited ||= form.openedNote !== undefined && form.note !== form.openedNote;
      const noteDraft = form.latest?.refused.note ? form.note : null;
      draftPort.tell(
        pending() && !guard.hidden() ? form.latest!.patch : null,
        form.noteEdited ? noteDraft : undefined,
      );
    };
  });
  /** The reader chose to lose what is unsaved: the background must not save it either. */
  const discard = () => {
    draftPort.tell(null, null);
    closeFrame();
  };

  useEffect(() => {
    void askBackground('claimFormData', { id: claimId }).then((reply) => {
      if (!reply.ok) {
        setStatus({ text: `Could not open this claim: ${reply.error.message}`, bad: true });
        return;
      }
      const { claim, noteDraft } = reply.value;
      const start = {
        // A note too long to save, kept from last time, is what the reader typed last.
        note: noteDraft ?? claim.note,
        tags: claim.tags.join(', '),
        label: claim.label,
        entities: claim.entities,
      };
      form.latest = checkDraft(start);
      form.note = start.note;
      form.openedNote = start.note;
      form.saved = JSON.stringify(form.latest.patch);
      if (refusedAny(form.latest)) setStatus(PARTLY);
      form.tellDraft();
      setLoaded(reply.value);
      setDraft(start);
    });
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') void form.close();
    };
    // The frame can go without its ✕ (the tab closes, the reader marks another passage): the
    // background saves what is pending then, as the draft port told it (draft-port.ts).
    // A note over the limit cannot be saved and lives only in the form. Asking "Leave site?" before
    // the page goes was tried and dropped: a frame's `beforeunload` listener held up keys sent to
    // the page as the form closed (test/e2e/claim-form-keyboard.e2e.ts hung 2 runs in 3).
    addEventListener('keydown', onKey);
    return () => {
      removeEventListener('keydown', onKey);
      clearTimeout(form.timer);
      guard.stop();
    };
  }, [guard]);

  if (!loaded || !draft || !checked)
    return (
      <div class="bs-marker bs-in-frame">
        <p role="status">{status === SAVED ? 'Loading…' : status.text}</p>
      </div>
    );
  return (
    <div class="bs-marker bs-in-frame">
      {/* The frame is a page of its own to assistive technology: it says what it is. */}
      <h1 class="sr-only">Claim details</h1>
      <ClaimDetailsForm
        draft={draft}
        checked={checked}
        quote={loaded.claim.selectors.quote.exact}
        options={loaded.options}
        status={status}
        savedAt={savedAt}
        confirmClose={confirmClose}
        onChange={(next) => {
          setDraft(next);
          setConfirmClose(false);
          form.latest = checkDraft(next);
          form.note = next.note;
          form.tellDraft();
          setStatus(
            refusedAny(form.latest)
              ? { text: 'Not saved: part of what you typed is refused (see below).', bad: true }
              : PENDING,
          );
          clearTimeout(form.timer);
          // Save what can be saved, even when another field is refused.
          form.timer = setTimeout(() => void save(), AUTOSAVE_MS);
        }}
        onSave={(event) => void saveClicked(event)}
        onClose={() => void close()}
        onDiscard={discard}
        onKeepEditing={() => setConfirmClose(false)}
      />
    </div>
  );
}
