/**
 * The claim form, framed next to the selection on the web page. It is an extension page, so the
 * page's scripts can neither read it nor see the keys pressed in it; it speaks only to the
 * background, which knows which tab it is in.
 */
import { useEffect, useState } from 'preact/hooks';
import { ClaimDetailsForm, type EntityOption } from '@/components/ClaimDetailsForm';
import type { SavedClaim } from '@/lib/claims/schema';
import { askBackground } from '@/lib/messaging/client';
import { watchVisibility } from '@/lib/pages/visibility';

interface Loaded {
  claim: SavedClaim;
  options: EntityOption[];
}

const claimId = new URLSearchParams(location.search).get('claim') ?? '';
const close = () => void askBackground('closeClaimForm', { id: claimId });

export function App() {
  const [loaded, setLoaded] = useState<Loaded>();
  const [status, setStatus] = useState<{ text: string; bad?: boolean }>({ text: 'Saved ✓' });
  const [visibility] = useState(() =>
    watchVisibility(document.documentElement, (visible) => {
      document.documentElement.dataset['onShow'] = String(visible);
    }),
  );

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
      visibility.stop();
    };
  }, [visibility]);

  if (!loaded)
    return (
      <div class="bs-marker bs-in-frame">
        <p role="status">{status.text === 'Saved ✓' ? 'Loading…' : status.text}</p>
      </div>
    );
  const { claim, options } = loaded;
  return (
    <div class="bs-marker bs-in-frame">
      <ClaimDetailsForm
        details={claim}
        quote={claim.selectors.quote.exact}
        options={options}
        status={status}
        onClose={close}
        onUpdate={(patch, event) => {
          // The page may cover or fade this frame to steer a click: refuse what the reader cannot see.
          if (!event.isTrusted || visibility.hidden()) {
            setStatus({ text: 'Not saved: this form is covered or faded on the page.', bad: true });
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
