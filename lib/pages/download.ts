/**
 * Saving a file from an extension page, without the "downloads" permission: a Blob URL and a
 * link with a `download` name, clicked and revoked.
 */
export function downloadFile(filename: string, mime: string, content: string, encoding?: 'base64'): void {
  const blob =
    encoding === 'base64'
      ? new Blob([Uint8Array.from(atob(content), (c) => c.charCodeAt(0))], { type: mime })
      : new Blob([content], { type: `${mime};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
