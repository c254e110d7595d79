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
// The page's frame sends a key that reached it late as its text (held-keys.ts): one character.
handOffTabOut(params.get('key'), (word) => {
  if (typeof word === 'string' && [...word].length === 1) typeLate(word);
});
render(<App />, document.getElementById('app')!);
