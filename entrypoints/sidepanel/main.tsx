import { render } from 'preact';
import '@/components/theme.css';
import '@/components/palette.css';
import '@/components/entity-card.css';
import './sidepanel.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
