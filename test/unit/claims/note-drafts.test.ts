import { describe, expect, it } from 'vitest';
import { deleteClaim, saveClaim } from '@/lib/background/claims/store';
import {
  claimsWithNoteDrafts,
  getNoteDraft,
  keepNoteDraft,
  noteDraftKey,
} from '@/lib/background/claims/note-drafts';
import { MAX_NOTE } from '@/lib/claims/draft';
import { savedClaim } from './claim-fixture';
import { freshDb } from '../fresh-db';

const name = 'note-drafts-test';
const { open } = freshDb(name);
const long = 'x'.repeat(MAX_NOTE + 1);

describe('note drafts', () => {
  it('keeps an over-limit note beside its claim, and drops it with null', async () => {
    const d = await open();
    const claim = savedClaim();
    await saveClaim(d, claim);
    await keepNoteDraft(d, claim.id, long);
    expect(await getNoteDraft(d, claim.id)).toBe(long);
    await keepNoteDraft(d, claim.id, null);
    expect(await getNoteDraft(d, claim.id)).toBeUndefined();
  });

  it('lists the claims that have a draft, and only them (other meta records are not drafts)', async () => {
    const d = await open();
    const [a, b] = [savedClaim({ id: crypto.randomUUID() }), savedClaim({ id: crypto.randomUUID() })];
    await saveClaim(d, a);
    await saveClaim(d, b);
    await d.put('meta', 'not a draft', 'note-draftless');
    expect(await claimsWithNoteDrafts(d)).toEqual([]);
    await keepNoteDraft(d, b.id, long);
    expect(await claimsWithNoteDrafts(d)).toEqual([b.id]);
    await keepNoteDraft(d, b.id, null);
    expect(await claimsWithNoteDrafts(d)).toEqual([]);
  });

  // A claim form can go after its claim was deleted (side panel, team sync): the draft port then
  // writes the form's draft for an id no claim has, and nothing would ever remove it.
  it('keeps no draft for a claim that does not exist (deleted while its form was open)', async () => {
    const d = await open();
    const claim = savedClaim();
    await saveClaim(d, claim);
    await deleteClaim(d, claim.id);
    await keepNoteDraft(d, claim.id, long);
    expect(await d.get('meta', noteDraftKey(claim.id))).toBeUndefined();
    await keepNoteDraft(d, crypto.randomUUID(), long);
    expect(await d.getAllKeys('meta')).not.toContainEqual(expect.stringMatching(/^note-draft:/));
  });
});
