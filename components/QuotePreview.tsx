import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * The quote being marked, three lines at most with an ellipsis where it is cut, and a button to
 * show it all when it is longer — never cut mid-line without saying so.
 */
export function QuotePreview({ quote }: { quote: string }) {
  const text = useRef<HTMLQuoteElement>(null);
  const [whole, setWhole] = useState(false);
  const [clamped, setClamped] = useState(false);
  useLayoutEffect(() => {
    const el = text.current;
    if (el && !whole) setClamped(el.scrollHeight > el.clientHeight + 1);
  }, [quote, whole]);
  return (
    <div class="bs-quote-preview-wrap">
      <blockquote
        ref={text}
        id="bs-quote-preview"
        class={whole ? 'bs-quote-preview bs-whole' : 'bs-quote-preview'}
      >
        “{quote}”
      </blockquote>
      {(clamped || whole) && (
        <button
          type="button"
          class="bs-link-button"
          aria-expanded={whole}
          aria-controls="bs-quote-preview"
          onClick={() => setWhole(!whole)}
        >
          {whole ? 'Show less' : 'Show the whole quote'}
        </button>
      )}
    </div>
  );
}
