/**
 * Pages built to stress what Backstory reads: forms and an editor it must leave alone, a page
 * that re-renders itself like a client-side framework, and the extremes of size, depth and text.
 * Each is generated here rather than checked in (the big ones are megabytes).
 */
const page = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

const SENTENCE = 'Field Marshal Asim Munir met President Donald Trump at the White House. ';

/** Pages with no script of their own: any change to their DOM is Backstory's. */
export function staticIntegrityPages(): Record<string, string> {
  const bigText = SENTENCE.repeat(Math.ceil((10 * 1024 * 1024) / SENTENCE.length));
  const manyNodes = Array.from(
    { length: 100_000 },
    (_, i) => `<span>${i % 50 === 0 ? 'Shehbaz Sharif' : 'word'} </span>`,
  ).join('');
  return {
    '/integrity/forms.html': page(
      'Forms',
      `<p>Shehbaz Sharif spoke in Islamabad.</p>
<form><label>Name <input id="name" value="Asim Munir"></label>
<textarea id="notes">Donald Trump and Asim Munir</textarea>
<select id="pick"><option>Benjamin Netanyahu</option><option selected>Shehbaz Sharif</option></select>
<button type="button">Ishaq Dar</button></form>
<div id="editor" contenteditable="true"><p>Draft: Asim Munir met Donald Trump.</p></div>`,
    ),
    '/integrity/big-text-node.html': page('One 10 MB text node', `<p>${bigText}</p>`),
    '/integrity/many-text-nodes.html': page('100,000 text nodes', `<div>${manyNodes}</div>`),
    '/integrity/svg.html': page(
      'SVG text',
      `<p>Chart below.</p><svg width="600" height="80"><text x="10" y="30">Asim Munir</text>
<text x="10" y="60"><tspan>Donald</tspan> <tspan>Trump</tspan></text></svg>`,
    ),
    '/integrity/emoji.html': page(
      'Emoji and surrogate pairs',
      `<p>👩🏽‍⚖️ Asim Munir 🇵🇰 met 𝐃𝐨𝐧𝐚𝐥𝐝 Trump and then Donald Trump 🇺🇸 again 😀.</p>
<p>𝒜sim Munir, 🏳️‍🌈 Shehbaz Sharif, and a lone surrogate \uD83D here.</p>`,
    ),
    '/integrity/zero-width.html': page(
      'Zero-width characters',
      `<p>Asim\u200BMunir, Shehbaz\u00ADSharif, Donald\u200D Trump, \uFEFFIshaq Dar and Benjamin\u2060Netanyahu.</p>`,
    ),
  };
}

/** Pages that change themselves: Backstory's effect is judged by the DOM they end with. */
export function scriptedIntegrityPages(): Record<string, string> {
  return {
    // Replaces its content twenty times, as a framework's re-render does, then settles.
    '/integrity/re-render.html': page(
      'Re-render',
      `<main id="app"></main><script>
let round = 0;
const render = () => {
  const app = document.getElementById('app');
  const items = ['Asim Munir', 'Donald Trump', 'Shehbaz Sharif'].map((name, i) => {
    const li = document.createElement('li');
    li.textContent = name + ' (update ' + round + ', item ' + i + ')';
    return li;
  });
  const list = document.createElement('ul');
  list.append(...items);
  app.replaceChildren(list);
  items[0].firstChild.data += ' edited';
  round += 1;
  if (round < 20) setTimeout(render, 40);
  else document.documentElement.dataset.settled = '';
};
render();
</script>`,
    ),
    // The HTML parser caps nesting, so the page builds its 10,000 levels itself. They are
    // `display: contents` because Chromium's renderer crashes laying out 10,000 nested boxes
    // (with or without Backstory); the DOM is as deep, the layout flat.
    '/integrity/deep-nesting.html': page(
      '10,000-deep nesting',
      `<div id="root"></div><script>
let node = document.getElementById('root');
for (let i = 0; i < 10000; i += 1) {
  const child = document.createElement(i % 2 ? 'span' : 'div');
  child.style.display = 'contents';
  node.append(child);
  node = child;
}
node.textContent = 'At the bottom, Asim Munir met Donald Trump.';
document.documentElement.dataset.settled = '';
</script>`,
    ),
  };
}
