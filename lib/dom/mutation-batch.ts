/**
 * Page changes, batched per animation frame like the scanner's (scanner.ts), for when no scanner
 * runs: on a paused site the reader's claims still follow edits to the text under them.
 */
export function watchMutations(
  doc: Document,
  onBatch: () => void,
  isOwnUi: (el: Element) => boolean,
): () => void {
  let frame = 0;
  const observer = new MutationObserver((records) => {
    const own = (node: Node) => node.nodeType === 1 && isOwnUi(node as Element);
    const relevant = records.some(
      (r) => r.type === 'characterData' || ![...r.addedNodes, ...r.removedNodes].every((node) => own(node)),
    );
    if (relevant && !frame)
      frame = requestAnimationFrame(() => {
        frame = 0;
        onBatch();
      });
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    cancelAnimationFrame(frame);
  };
}
