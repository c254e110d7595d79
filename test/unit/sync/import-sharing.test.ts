import { describe, expect, it } from 'vitest';
import { importSharingSentence } from '@/lib/sync/import-sharing';
import type { SyncStatus } from '@/lib/sync/status';

const connected = (share: SyncStatus['share'], tags: string[] = []): SyncStatus => ({
  connected: true,
  phase: 'up-to-date',
  sentence: 'Up to date',
  fault: false,
  server: 'https://couch.team.example:6984/',
  database: 'team',
  author: 'Ayesha',
  share,
  tags,
  waiting: 0,
  conflicts: 0,
  refused: [],
});

describe('what an import preview says about team sync', () => {
  it('says nothing when no server is configured', () => {
    expect(importSharingSentence(undefined)).toBeUndefined();
    expect(importSharingSentence({ ...connected('all'), connected: false })).toBeUndefined();
  });

  it('names the server and how the file’s claims are signed when every claim is shared', () => {
    expect(importSharingSentence(connected('all'))).toBe(
      "Team sync shares every claim: once imported, the file's claims go to couch.team.example:6984, signed with the author each names (yours where it names none).",
    );
  });

  it('names the tags that share a claim', () => {
    expect(importSharingSentence(connected('tags', ['team', 'gaza']))).toMatch(
      /^Team sync shares claims tagged team, gaza: once imported, those of the file's claims with one of these tags go to couch\.team\.example:6984, /,
    );
  });

  it('says none goes out when only chosen claims are shared', () => {
    expect(importSharingSentence(connected('chosen'))).toMatch(
      /none of the file's new claims goes to couch\.team\.example:6984/,
    );
  });
});
