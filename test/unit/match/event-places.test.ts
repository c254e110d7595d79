/**
 * Places the knowledge base does not name, read inside an event's phrase (lib/match/minor-places.ts):
 * a site places the event that took place there, a list of them is read to its end, and a site
 * is no evidence for an event that merely involves its state. Also an assembly named as its
 * sitting, and a head noun that is part of a place's name. Sentences in the words of the blind
 * corpus's pages (sets A–F).
 */
import { describe, expect, it } from 'vitest';
import { eventAt, scanSeed } from './seed-scan';

const US_IRAN = 'The United States and Israel both struck Iran in June. ';

describe('a site the KB does not name places the event', () => {
  it.each([
    [
      `${US_IRAN}Pakistan condemned the raids on Fordow, Natanz and Isfahan.`,
      'raids on Fordow',
      'raids on Fordow, Natanz and Isfahan→us-strikes-on-iranian-nuclear-facilities',
    ],
    [
      `${US_IRAN}Islamabad condemned the bombing of Fordow within hours.`,
      'bombing of Fordow',
      'bombing of Fordow→us-strikes-on-iranian-nuclear-facilities',
    ],
    [
      'Field Marshal Asim Munir met Donald Trump at the White House. The lunch in the Cabinet Room lasted two hours.',
      'lunch in the Cabinet Room',
      'lunch in the Cabinet Room→munir-white-house-lunch',
    ],
    [
      'Donald Trump flew to Sharm el-Sheikh. Shehbaz Sharif praised him at the Red Sea summit.',
      'Red Sea summit',
      'Red Sea summit→sharm-el-sheikh-summit',
    ],
    [
      'Donald Trump flew to Sharm el-Sheikh. Shehbaz Sharif praised him at the peace summit in Egypt.',
      'summit in Egypt',
      'peace summit in Egypt→sharm-el-sheikh-summit',
    ],
  ])('%s', (text, phrase, found) => {
    expect(eventAt(text, phrase)).toBe(found);
  });
});

describe('but not an event it does not place', () => {
  it('a site in a participant state is no evidence for an event held elsewhere', () => {
    // India and Pakistan fought in May; Muridke lies in Pakistan, but the war has no place there.
    const text = 'India and Pakistan fought in May. Police fought deadly clashes in Muridke last week.';
    expect(eventAt(text, 'clashes in Muridke')).toBeUndefined();
  });

  it('a name after a comma alone is an apposition, not a list', () => {
    const text = 'Donald Trump and Shehbaz Sharif met at the summit in Sharm el-Sheikh, Egypt, on Monday.';
    expect(eventAt(text, 'summit in Sharm')).toBe('summit in Sharm el-Sheikh→sharm-el-sheikh-summit');
  });

  it('another state before the head still rules the event out', () => {
    const text = `${US_IRAN}Israeli raids on Natanz and Isfahan followed.`;
    expect(eventAt(text, 'raids on Natanz')).not.toContain('us-strikes-on-iranian-nuclear-facilities');
  });
});

describe('an assembly named as its sitting', () => {
  it.each([
    ['He met Daniel Rosen on the sidelines of this year’s UN General Assembly.', 'UN General Assembly'],
    [
      'Shehbaz Sharif flew to New York for the annual UN General Assembly session.',
      'UN General Assembly session',
    ],
  ])('%s', (text, span) => {
    expect(eventAt(text, 'General Assembly')).toBe(`${span}→unga-2025`);
  });

  it('the session word is the sitting’s, with the assembly inside it', () => {
    const mentions = scanSeed('Sharif arrived for the annual UN General Assembly session.');
    expect(mentions.map((m) => `${m.parent !== undefined ? '  ' : ''}${m.text}→${m.entity.id}`)).toEqual([
      'UN General Assembly session→unga-2025',
      '  UN General Assembly→un-general-assembly',
    ]);
  });

  it.each([
    ['Shehbaz Sharif addressed the 80th UN General Assembly in New York.', '80th UN General Assembly'],
    [
      'Sharif spoke at the 80th session of the UN General Assembly.',
      '80th session of the UN General Assembly',
    ],
  ])('an ordinal names the session: %s', (text, span) => {
    expect(scanSeed(text).map((m) => `${m.text}→${m.entity.id}`)).toContain(`${span}→unga-2025`);
  });

  // The corpus guide's ruling of 6 December: the body, unless the phrase names the 2025 session.
  it.each([
    'Shehbaz Sharif was in New York for the UN General Assembly.',
    'On the eve of the UN General Assembly, France recognised Palestine.',
    'Sharif met Trump on the sidelines of the UN General Assembly.',
  ])('the body where nothing names the session: %s', (text) => {
    expect(scanSeed(text).find((m) => m.text.endsWith('General Assembly'))?.entity.id).toBe(
      'un-general-assembly',
    );
  });

  it('but not the assembly as a body', () => {
    const text = 'The resolution was adopted by the UN General Assembly in a vote.';
    expect(eventAt(text, 'General Assembly')).toBeUndefined();
  });
});

describe('a head noun inside a place’s name', () => {
  it('"the exhibition centre" is a place, not a fair', () => {
    const text =
      'Michael Izhakov met Sardar Yasir Ilyas Khan in London. Organisers at the ExCeL exhibition centre confirmed it.';
    expect(eventAt(text, 'ExCeL exhibition')).toBeUndefined();
  });
});
