import { render } from 'preact';
import '@/components/theme.css';
import '@/components/palette.css';
import '@/components/claim-marker.css';
import '@/components/claim-form.css';
import './claim-form.css';
import { App } from './App';
import { keepFocusPlace } from './focus-place';
import { askBackground } from '@/lib/messaging/client';
import { holdTypedKeys } from './typed-ahead';
import { handOffTabOut } from './tab-out';

const params = new URLSearchParams(location.search);
const claimId = params.get('claim') ?? '';
keepFocusPlace();
// Before anything else: keys typed while the form loads go into the note once it is there.
const typeLate = holdTypedKeys(async () => {
  const reply = await askBackground('claimFormTypedAhead', { id: claimId });
  return reply.ok ? reply.value : '';
});
handOffTabOut(params.get('key'), (word) => {
  const late = (word as { late?: unknown } | null)?.late;
  if (typeof late === 'string' && late.length <= 2) typeLate(late);
});
render(<App />, document.getElementById('app')!);
