import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readBlocks } from '@/lib/dom/blocks';
import { createClassifier } from '@/lib/dom/classify';
import { blankHidden, HiddenElements } from '@/lib/dom/style-hidden';

/** A page whose "style sheet" hides elements of class `off` (what checkVisibility says in a browser). */
function page(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const test = (el: Element) => el.classList.contains('off');
  const classifier = createClassifier(() => false, undefined, { test, note: (el) => hidden.note(el) });
  const hidden = new HiddenElements((el) => classifier.hiddenItself(el));
  const read = () => {
    classifier.reset();
    return [...readBlocks(document.body, classifier)].map((b) => b.text);
  };
  return { document, hidden, read };
}

describe('text the page hides by style', () => {
  it('is not read, in a hidden block or an inline element inside a shown one', () => {
    const { read } = page(
      '<p>Asim Munir spoke.</p><div class="off"><p>Donald Trump replied.</p></div>' +
        '<p>Shehbaz <span class="off">Marco Rubio </span>Sharif agreed.</p>',
    );
    expect(read()).toEqual(['Asim Munir spoke.', 'Shehbaz Sharif agreed.']);
  });

  it('is read once the page shows it, as are elements shown by removing `hidden`', () => {
    const { document, hidden, read } = page(
      '<div class="off" id="tab"><p>Donald Trump replied.</p></div><p hidden id="more">Marco Rubio too.</p>',
    );
    expect(read()).toEqual([]);
    expect(hidden.size).toBe(2);
    expect(hidden.shown()).toEqual([]);
    document.getElementById('tab')!.classList.remove('off');
    document.getElementById('more')!.removeAttribute('hidden');
    expect(hidden.shown().map((el) => el.id)).toEqual(['tab', 'more']);
    expect(hidden.size).toBe(0);
    expect(read()).toEqual(['Donald Trump replied.', 'Marco Rubio too.']);
  });

  it('forgets hidden elements the page removed', () => {
    const { document, hidden, read } = page('<div class="off" id="gone"><p>Donald Trump replied.</p></div>');
    read();
    document.getElementById('gone')!.remove();
    expect(hidden.shown()).toEqual([]);
    expect(hidden.size).toBe(0);
  });
});

describe('the text given to Seen elsewhere', () => {
  it('blanks what the page hides, keeping every offset', () => {
    const { document } = parseHTML(
      '<!doctype html><html><body><p>Seen here. <span class="off">Hidden passage.</span> More.</p></body></html>',
    );
    const walker = document.createTreeWalker(document.body, 4);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const text = blankHidden(nodes, (el) => el.classList.contains('off'));
    expect(text).toBe(`Seen here. ${' '.repeat('Hidden passage.'.length)} More.`);
  });
});
