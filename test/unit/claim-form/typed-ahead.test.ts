/**
 * The note takes the keys typed before it was there (entrypoints/claim-form/typed-ahead.ts): what
 * the page held, then keys the page passes on late, all before what the form had itself, since
 * the page had every key before the form did.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Just enough of a textarea: its text, caret, and `setRangeText` as the standard has it. */
class FakeTextarea {
  value = '';
  selectionStart = 0;
  selectionEnd = 0;
  isConnected = true;
  inputs = 0;
  setRangeText(text: string, start: number, end: number) {
    this.value = this.value.slice(0, start) + text + this.value.slice(end);
    const delta = text.length - (end - start);
    // 'preserve': a caret after the range moves with it, one inside it goes to its start.
    const moved = (at: number) => (at > end ? at + delta : at > start ? start : at);
    this.selectionStart = moved(this.selectionStart);
    this.selectionEnd = moved(this.selectionEnd);
  }
  setSelectionRange(start: number, end: number) {
    this.selectionStart = start;
    this.selectionEnd = end;
  }
  dispatchEvent() {
    this.inputs++;
    return true;
  }
  /** The reader types in the field itself, at the caret. */
  type(text: string) {
    const at = this.selectionStart;
    this.value = this.value.slice(0, at) + text + this.value.slice(at);
    this.selectionStart = this.selectionEnd = at + text.length;
  }
}

/** What the form does not look for here: other elements, and the input events it sends. */
class Other {
  readonly other = true;
}

const listeners = new Map<string, (event: unknown) => void>();

beforeEach(() => {
  listeners.clear();
  vi.stubGlobal('HTMLTextAreaElement', FakeTextarea);
  vi.stubGlobal('HTMLInputElement', Other);
  vi.stubGlobal('HTMLElement', Other);
  vi.stubGlobal('InputEvent', Other);
  vi.stubGlobal('addEventListener', (type: string, listener: (event: unknown) => void) =>
    listeners.set(type, listener),
  );
  vi.stubGlobal('removeEventListener', (type: string) => listeners.delete(type));
});
afterEach(() => vi.unstubAllGlobals());

const { holdTypedKeys } = await import('@/entrypoints/claim-form/typed-ahead');

/** A promise and its resolve, to answer the form's one question when the test says. */
function later() {
  let answer!: (text: string) => void;
  const asked = new Promise<string>((resolve) => (answer = resolve));
  return { asked, answer };
}
const settled = () => new Promise((resolve) => setTimeout(resolve));

describe('keys typed before the note had focus', () => {
  it('types keys the page passes on late after what it held and before the form’s own', async () => {
    const page = later();
    const typeLate = holdTypedKeys(() => page.asked);
    const note = new FakeTextarea();
    listeners.get('focusin')!({ target: note });
    // The page's stray key overtakes the answer to the form's question.
    typeLate('t');
    note.type('agon');
    page.answer('Pen');
    await settled();
    typeLate('\b');
    typeLate('t');
    await settled();
    expect(note.value).toBe('Pentagon');
    // The caret stays after what the reader typed in the field.
    expect(note.selectionStart).toBe(note.value.length);
  });

  it('keeps a Backspace passed on late to the page’s own keys', async () => {
    const typeLate = holdTypedKeys(() => Promise.resolve('Pa'));
    const note = new FakeTextarea();
    note.value = 'Kept. ';
    note.selectionStart = note.selectionEnd = note.value.length;
    listeners.get('focusin')!({ target: note });
    note.type('ntagon');
    for (const key of ['\b', 'e']) typeLate(key);
    await settled();
    expect(note.value).toBe('Kept. Pentagon');
  });

  it('takes back a whole character that is two code units, and nothing before the note starts', async () => {
    const typeLate = holdTypedKeys(() => Promise.resolve('a😀'));
    const note = new FakeTextarea();
    listeners.get('focusin')!({ target: note });
    for (const key of ['\b', '\b', '\b', 'b']) typeLate(key);
    await settled();
    expect(note.value).toBe('b');
  });
});
