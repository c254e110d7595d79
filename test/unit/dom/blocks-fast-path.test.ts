/**
 * A block of many text nodes is read in one call (block-builder.ts): the blocks, their texts,
 * offsets and nodes must be exactly those the node-by-node walk (reference-blocks.ts) finds, on
 * every fixture page, every development corpus page and the awkward cases below.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readBlocks, walkBlocks, type TextBlock } from '@/lib/dom/blocks';
import { createClassifier, styleAttributeDisplay } from '@/lib/dom/classify';
import { referenceBlocks, referenceWalk } from './reference-blocks';

const root = join(import.meta.dirname, '..', '..');
/** Development pages only: the corpus's pages past 155 are held out and never read here. */
const LAST_DEVELOPMENT_PAGE = 155;

function pagePaths(): string[] {
  const fixtures = ['fixtures', 'fixtures/reanchor'].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((name) => name.endsWith('.html'))
      .map((name) => join(root, dir, name)),
  );
  const corpus = join(root, 'corpus', 'pages');
  const development = readdirSync(corpus)
    .filter((name) => name.endsWith('.html') && Number.parseInt(name, 10) <= LAST_DEVELOPMENT_PAGE)
    .map((name) => join(corpus, name));
  return [...fixtures, ...development];
}

/** What a block is, comparable: its container, nodes and parents by identity, texts and offsets by value. */
function shape(blocks: TextBlock[]) {
  return blocks.map(({ container, nodes, starts, text, parents }) => ({
    container,
    nodes,
    starts,
    text,
    parents,
  }));
}

function compare(document: Document) {
  const classifier = () => createClassifier((el) => el.id === 'own-ui', styleAttributeDisplay);
  const fast = [...readBlocks(document.body ?? document.documentElement, classifier())];
  const reference = referenceBlocks(document.body ?? document.documentElement, classifier());
  expect(fast.length).toBe(reference.length);
  // Compared block by block so a difference names its text.
  fast.forEach((block, i) => expect(shape([block])).toEqual(shape([reference[i]!])));
  return fast;
}

describe('reading a block in one call', () => {
  it('finds the blocks the node-by-node walk finds on every fixture and development page', () => {
    const paths = pagePaths();
    expect(paths.length).toBeGreaterThan(LAST_DEVELOPMENT_PAGE);
    let blocks = 0;
    for (const path of paths) blocks += compare(parseHTML(readFileSync(path, 'utf8')).document).length;
    expect(blocks).toBeGreaterThan(10_000);
  });

  it('agrees where a block has line breaks, glued words, laid-out blocks, skipped parts and nested blocks', () => {
    const cases = [
      '<p>US President <a>Donald</a> Trump<br>met <b>Asim</b> Munir.</p>',
      '<p>Ahmed Khan<span>Pakistan</span> has <img src="x.png">Imran <i>Khan</i></p>',
      '<p><b style="display:block">Asim Munir</b>Pakistan said</p>',
      '<p>Before <span hidden>hidden Name</span> after <script>var x = 1</script> end</p>',
      '<div>Loose <b>text</b><p>A <i>nested</i> paragraph</p>more <em>loose</em> text</div>',
      '<div><div><div>a <b>b</b></div>c <i>d</i></div>e <u>f</u></div>',
      '<p>Shadowless <span aria-hidden="true">aria</span> and <button>Press</button> done</p>',
      '<p><span></span><br><span></span></p><p>x<wbr>y <b>Z</b>ed</p><p>Α <b>Β</b>Γ</p>',
      '<ul><li>One <a>link</a></li><li>Two<br><a>links</a> here</li></ul><h2>Head <small>line</small></h2>',
      '<p>Own <span id="own-ui">UI text</span> skipped, <sup>1</sup> notes</p>',
    ];
    for (const html of cases) {
      const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
      expect(compare(document).length).toBeGreaterThan(0);
    }
  });

  it('reads a paragraph of many text nodes without reading each node`s text', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word ${i} <a href="#">link ${i}</a>`).join(' ');
    const { document } = parseHTML(`<!doctype html><html><body><p>${words}.</p></body></html>`);
    // Counts the reads of a text node's `data` by the walk; linkedom's own `length` and
    // `textContent` read it too, so they are given the text without counting.
    const proto = Object.getPrototypeOf(Object.getPrototypeOf(document.createTextNode(''))) as object;
    const saved = ['data', 'length', 'textContent'].map(
      (name) => [name, Object.getOwnPropertyDescriptor(proto, name)!] as const,
    );
    const dataOf = saved[0]![1].get!;
    let reads = 0;
    Object.defineProperty(proto, 'data', {
      ...saved[0]![1],
      get() {
        reads++;
        return dataOf.call(this);
      },
    });
    Object.defineProperty(proto, 'length', {
      ...saved[1]![1],
      get() {
        return (dataOf.call(this) as string).length;
      },
    });
    Object.defineProperty(proto, 'textContent', {
      ...saved[2]![1],
      get() {
        return dataOf.call(this);
      },
    });
    try {
      const blocks = [
        ...readBlocks(
          document.body,
          createClassifier(() => false),
        ),
      ];
      expect(blocks.map((b) => b.nodes.length)).toEqual([81]);
      expect(blocks[0]!.text).toBe(document.body.textContent);
    } finally {
      for (const [name, descriptor] of saved) Object.defineProperty(proto, name, descriptor);
    }
    // The first node is read as before (a block of one node is read so); the rest come in one call.
    expect(reads).toBe(1);
  });

  /**
   * A page gets a turn at every pause of the walk, which can fall inside a block: there it may
   * move a walked node away and put text of the same length where the container would read it,
   * or rewrite a walked node. The block must say what its nodes said when they were walked, as the
   * node-by-node walk does, not what the container holds after the pause.
   */
  it.each([
    [
      'moves a walked node out and hides text of its length in the container',
      '<p id="o">Said: </p><p id="t"><span hidden></span><b id="b">Imran Khan</b> met the <i>press</i> today</p>',
      (d: Document) => {
        d.getElementById('o')!.append(d.getElementById('b')!.firstChild!);
        d.querySelector('span[hidden]')!.append('Asim Munir');
      },
    ],
    [
      'rewrites a walked node longer',
      '<p id="t">Intro <b id="b">xx</b> <i>Asim</i> <i>Munir</i>  spoke</p>',
      (d: Document) => void ((d.getElementById('b')!.firstChild as Text).data = 'xxxxxx'),
    ],
  ])('keeps what a block said when the page %s during a pause', (_what, html, change) => {
    const blocksAfter = (walk: typeof walkBlocks) => {
      // Filler before the paragraph, so the first pause falls within it.
      const filler = '<div>.</div>'.repeat(509);
      const { document } = parseHTML(`<!doctype html><html><body>${filler}${html}</body></html>`);
      const found: { text: string; starts: number[] }[] = [];
      let paused = false;
      for (const item of walk(
        document.body,
        createClassifier(() => false),
      )) {
        if (typeof item === 'symbol') {
          if (!paused) change(document);
          paused = true;
        } else if (item.text !== '.') found.push({ text: item.text, starts: item.starts });
      }
      expect(paused).toBe(true);
      return found;
    };
    const fast = blocksAfter(walkBlocks);
    expect(fast).toEqual(blocksAfter(referenceWalk as unknown as typeof walkBlocks));
    expect(fast.map((b) => b.text).join(' ')).not.toContain('Asim Munir met');
  });
  /**
   * The classifier remembers each element's block for a whole scan job, across the page's turns
   * (the scanner's first pass, a pause, its second pass): a page that moves a walked span out of
   * its paragraph meanwhile leaves that memory stale. A block read later takes the span's text as
   * its own, and its container, read in one call, holds hidden text of that length instead: the
   * hidden name would be matched and underlined on the span's words (attacker review).
   */
  it('never reads a container whole when a node the walk gave it lies outside it', () => {
    const { document } = parseHTML(
      '<!doctype html><html><body><div id="x"><span id="s">Said: yy</span></div><div id="tail"></div><p>end</p></body></html>',
    );
    const classifier = createClassifier(() => false);
    // The first pass files the span under #x.
    expect([...readBlocks(document.body, classifier)].map((b) => b.text)).toEqual(['Said: yy', 'end']);
    // The page's turn: #x now holds a hidden name, and the span, outside it, text of its length.
    const x = document.getElementById('x')!;
    const s = document.getElementById('s')!;
    const hidden = document.createElement('span');
    hidden.setAttribute('hidden', '');
    hidden.append('Asim Munir');
    x.replaceChildren('Leader: ', hidden);
    s.replaceChildren('xxxxxxxxxx');
    document.getElementById('tail')!.append(x, s);
    const texts = [...readBlocks(document.body, classifier)].map((b) => b.text);
    expect(texts.join(' | ')).not.toContain('Asim Munir');
  });
  /**
   * Where two runs meet with no space between them the reader asks whether an element between
   * them is laid out as a block. A page can glue hundreds of runs under a deep nest of inline
   * spans: the question must cost the distance to the runs' common ancestor, not the depth of the
   * nest (climbing it and asking `contains` of every ancestor, each itself a climb, held Chromium's
   * main thread for minutes under 10,000 levels: test/attacks/deep-junctions.html).
   */
  it('asks about glued runs under a deep nest without climbing the nest at each', () => {
    const { document } = parseHTML('<!doctype html><html><body><p id="deep"></p></body></html>');
    let node: Element = document.getElementById('deep')!;
    for (let i = 0; i < 300; i++) node = node.appendChild(document.createElement('span'));
    for (let i = 0; i < 100; i++)
      node.append(Object.assign(document.createElement('b'), { textContent: 'Ab' }), 'cd');
    const proto = Object.getPrototypeOf(Object.getPrototypeOf(node)) as { contains(other: Node): boolean };
    const holder = protoOwning(proto, 'contains');
    const contains = Object.getOwnPropertyDescriptor(holder, 'contains')!;
    let calls = 0;
    Object.defineProperty(holder, 'contains', {
      ...contains,
      value(this: Node, other: Node) {
        calls++;
        return (contains.value as (this: Node, other: Node) => boolean).call(this, other);
      },
    });
    let blocks: TextBlock[];
    try {
      blocks = [
        ...readBlocks(
          document.body,
          createClassifier(() => false, styleAttributeDisplay),
        ),
      ];
    } finally {
      Object.defineProperty(holder, 'contains', contains);
    }
    expect(blocks.map((b) => b.text)).toEqual(['Abcd'.repeat(100)]);
    // A few for the block as a whole; none per junction (there were 199, each under 300 levels).
    expect(calls).toBeLessThan(10);
  });
});

/** The object on `start`'s prototype chain that owns the property `name`. */
function protoOwning(start: object, name: string): object {
  for (let at: object | null = start; at; at = Object.getPrototypeOf(at) as object | null)
    if (Object.hasOwn(at, name)) return at;
  throw new Error(`No ${name} on the chain`);
}
