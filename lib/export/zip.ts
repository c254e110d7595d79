/** A zip archive of text files (one note per page), as base64 so it can cross a message. */
import { strToU8, zipSync } from 'fflate';

export function zipFiles(files: readonly { name: string; content: string }[]): string {
  const archive = zipSync(Object.fromEntries(files.map((f) => [f.name, strToU8(f.content)])), { level: 6 });
  let binary = '';
  for (let i = 0; i < archive.length; i += 0x8000)
    binary += String.fromCharCode(...archive.subarray(i, i + 0x8000));
  return btoa(binary);
}
