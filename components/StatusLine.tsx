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
