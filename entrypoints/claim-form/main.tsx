import { render } from 'preact';
import '@/components/theme.css';
import '@/components/palette.css';
import '@/components/claim-marker.css';
import '@/components/claim-form.css';
import './claim-form.css';
import { App } from './App';
import { keepFocusPlace } from './focus-place';

keepFocusPlace();
render(<App />, document.getElementById('app')!);
