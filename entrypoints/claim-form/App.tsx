/**
 * The claim form, framed next to the selection on the web page. It is an extension page, so the
 * page's scripts can neither read it nor see the keys pressed in it; it speaks only to the
 * background, which knows which tab it is in.
 */
import { useEffect, useState } from 'preact/hooks';
import { ClaimDetailsForm, type EntityOption } from '@/components/ClaimDetailsForm';
import type { SavedClaim } from '@/lib/claims/schema';
import { askBackground } from '@/lib/messaging/client';
import { createFormGuard } from './click-guard';
import { reportHeight } from './fit';

interface Loaded {
  claim: SavedClaim;
  options: EntityOption[];
}

const params = new URLSearchParams(location.search);
const claimId = params.get('claim') ?? '';
/** The frame (of the page) that shows this form, which vouches for it being on show. */
const hostFrame = /^\d+$/.test(params.get('frame') ?? '') ? Number(params.get('frame')) : undefined;
const close = () => void askBackground('closeClaimForm', { id: claimId });

export function App() {
  const [loaded, setLoaded] = useState<Loaded>();
  const [status, setStatus] = useState<{ text: string; bad?: boolean }>({ text: 'Saved ✓' });
  const [guard] = useState(() => createFormGuard(claimId, hostFrame));
  useEffect(() => reportHeight(claimId, document.getElementById('app')!), []);

  useEffect(() => {
    void askBackground('claimFormData', { id: claimId }).then((reply) => {
      if (reply.ok) setLoaded(reply.value);
      else setStatus({ text: `Could not open this claim: ${reply.error.message}`, bad: true });
    });
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    addEventListener('keydown', onKey);
    return () => {
      removeEventListener('keydown', onKey);
      guard.stop();
    };
  }, [guard]);

  if (!loaded)
    return (
      <div class="bs-marker bs-in-frame">
        <p role="status">{status.text === 'Saved ✓' ? 'Loading…' : status.text}</p>
      </div>
    );
  const { claim, options } = loaded;
  return (
    <div class="bs-marker bs-in-frame">
      {/* The frame is a page of its own to assistive technology: it says what it is. */}
      <h1 class="bs-sr">Claim details</h1>
      <ClaimDetailsForm
        details={claim}
        quote={claim.selectors.quote.exact}
        options={options}
        status={status}
        onClose={close}
        onUpdate={async (patch, event) => {
          // The page may cover, fade or slide this frame to steer a click: refuse what the reader
          // did not plainly see and mean (click-guard.ts).
          const why = await guard.refusal(event);
          if (why) {
            setStatus({ text: `Not saved: ${why}.`, bad: true });
            return;
          }
          setStatus({ text: 'Saving…' });
          void askBackground('updateClaim', { id: claim.id, patch }).then((reply) =>
            setStatus(
              reply.ok ? { text: 'Saved ✓' } : { text: `Not saved: ${reply.error.message}`, bad: true },
            ),
          );
        }}
      />
    </div>
  );
}
