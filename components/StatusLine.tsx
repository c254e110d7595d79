import { useEffect, useRef } from 'preact/hooks';

/** A one-line status with a tone that is conveyed by text as well as colour. */
export interface StatusLineProps {
  tone: 'ok' | 'bad' | 'pending';
  text: string;
}

export function StatusLine({ tone, text }: StatusLineProps) {
  const className = tone === 'ok' ? 'status-ok' : tone === 'bad' ? 'status-bad' : 'muted';
  return (
    <p role="status" class={className} data-tone={tone}>
      {text}
    </p>
  );
}

/**
 * A status line that is always there, empty until something is said: a live region must be in
 * the page before its text changes, or screen readers miss the change (a region added with its
 * text already in it is often not read). Each new text is scrolled into view, since the line can
 * sit below the fold (an export's "Exported…" on the options page at 200 % zoom).
 */
export function LiveStatusLine({
  status,
  label,
}: {
  status: StatusLineProps | undefined;
  /** Which of a page's status lines this is ("Export"), where a page has more than one. */
  label?: string;
}) {
  const line = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (status) line.current?.scrollIntoView({ block: 'nearest' });
  }, [status]);
  const className = !status
    ? 'status-empty'
    : status.tone === 'ok'
      ? 'status-ok'
      : status.tone === 'bad'
        ? 'status-bad'
        : 'muted';
  return (
    <p ref={line} role="status" class={className} data-tone={status?.tone} data-for={label}>
      {status?.text}
    </p>
  );
}
