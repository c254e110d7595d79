import { describe, expect, it } from 'vitest';
import { MAX_NOTE, MAX_NOTE_DRAFT, checkDraft, noteCountText, noteFull } from '@/lib/claims/draft';

const line = (note: string) =>
  noteCountText(note, checkDraft({ note, tags: '', label: 'claim', entities: [] }).refused.note);

describe('the line under a note field', () => {
  it('gives the count alone while the note can be saved', () => {
    expect(line('a'.repeat(MAX_NOTE))).toBe('20,000 / 20,000 characters');
  });

  it('says, once over the limit, what to do and how much the field holds', () => {
    expect(line('a'.repeat(MAX_NOTE + 800))).toBe(
      '20,800 / 20,000 characters — Shorten it by 800 characters to save it; until then it is kept as a draft. The field holds 1,000,000 characters at most.',
    );
  });

  it('says the field is full only when it is', () => {
    expect(noteFull('a'.repeat(MAX_NOTE_DRAFT - 1))).toBeUndefined();
    expect(noteFull('a'.repeat(MAX_NOTE_DRAFT))).toMatch(/^The note is full \(1,000,000 characters\)/);
  });
});
