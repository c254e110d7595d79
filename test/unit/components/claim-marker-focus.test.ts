/**
 * Focus moves into the claim form's frame in the render that draws it, not once the frame has
 * loaded: keys typed in between (a newcomer's walkthrough measured 1.4 s on a loaded machine) went
 * to the web page, whose scripts saw them, and the note lost its first words.
 */
import { h, render } from 'preact';
import { afterAll, describe, expect, it } from 'vitest';
import { ClaimMarker } from '@/components/ClaimMarker';
import { useLinkedomDocument } from './linkedom-document';

const { document, window } = useLinkedomDocument();

// linkedom keeps no activeElement: record what is focused instead.
const focused: string[] = [];
const prototype = window.HTMLElement.prototype as HTMLElement;
const nativeFocus = prototype.focus;
prototype.focus = function (this: HTMLElement) {
  focused.push(this.localName);
};
afterAll(() => {
  prototype.focus = nativeFocus;
});

describe('the claim marker', () => {
  it('focuses the form frame as it is drawn, before the frame has loaded', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const props = { quote: 'A quote', onMark: () => undefined, onClose: () => undefined };
    render(h(ClaimMarker, { ...props, state: { step: 'saving' } }), root);
    expect(focused).toEqual([]);
    // A plain render, no load event: only what runs in the render's own task has run.
    render(
      h(ClaimMarker, { ...props, state: { step: 'form', url: 'chrome-extension://x/form.html' } }),
      root,
    );
    expect(root.querySelector('iframe')).not.toBeNull();
    expect(focused).toEqual(['iframe']);
    render(null, root);
    root.remove();
  });
});
