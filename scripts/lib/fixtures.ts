import { resolve } from 'node:path';
import { projectRoot } from './build';

/** Saved pages the tests serve and scan. */
export const fixturesDir = resolve(projectRoot, 'test/fixtures');
