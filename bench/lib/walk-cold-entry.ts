/**
 * Bundled by `bench/walk-cold.ts` into a script that runs in an isolated world of a page: the
 * scanner's two walks (the first screen's blocks, then the whole body passing over them), with
 * the browser's classifier (computed display, style-hidden test), and nothing else — no
 * matching, recording or messages — so a change to the walk is measured on its own, cold.
 */
import { PAUSE, walkBlocks } from '../../lib/dom/blocks';
import { computedDisplay, createClassifier } from '../../lib/dom/classify';
import { styleHiddenTest } from '../../lib/dom/style-hidden';

/** How many of the article's first elements stand for the first screen (scanner.ts `scanFrom`). */
const FIRST_SCREEN = 9;

(globalThis as unknown as { runWalk: () => object }).runWalk = () => {
  const t0 = performance.now();
  const classifier = createClassifier(() => false, computedDisplay(window), {
    test: styleHiddenTest(window),
    note: () => {},
  });
  const read = new Set<Text>();
  const skip = (node: Text) => read.has(node);
  const article = document.querySelector('article');
  for (const el of [...(article?.children ?? [])].slice(0, FIRST_SCREEN))
    for (const block of walkBlocks(el, classifier, skip))
      if (block !== PAUSE) for (const node of block.nodes) read.add(node);
  let blocks = 0;
  let chars = 0;
  for (const block of walkBlocks(document.body, classifier, skip))
    if (block !== PAUSE) {
      blocks++;
      chars += block.text.length;
    }
  return { ms: performance.now() - t0, blocks, chars };
};
