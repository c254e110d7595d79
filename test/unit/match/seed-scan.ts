/**
 * The seed knowledge base compiled once for the matcher's unit tests, and the plain-text scan
 * they read mentions from (the pipeline `npm run scan` uses).
 */
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import { scanPlainText, scanStatic } from '@/lib/dom/static-scan';
import { compileDictionary } from '@/lib/match/compile-dictionary';
import { aliasSpecsFromEntities } from '@/lib/match/from-kb';
import { validatePack } from '@/lib/kb/validate-pack';
import { readSeedPack } from '../../../scripts/lib/seed-pack';

const seed = validatePack(readSeedPack().pack);
if (!seed.ok) throw new Error('the seed knowledge base is invalid; run npm run kb:check');
const { entities, aliases } = aliasSpecsFromEntities(seed.pack.entities);
const dict = compileDictionary(aliases);

/** Every mention the seed knowledge base finds in `text`, nested ones included. */
export const scanSeed = (text: string) => scanPlainText(text, dict, entities).mentions;

/** Every mention in an HTML page (each paragraph a block), as `npm run scan` reads a saved page. */
export const scanSeedHtml = (html: string) => scanStatic(parseHTML(html).document, dict, entities).mentions;

/** The event mention over the last occurrence of `phrase`, as "text→entity", or undefined. */
export function eventAt(text: string, phrase: string): string | undefined {
  const at = text.lastIndexOf(phrase);
  expect(at).toBeGreaterThanOrEqual(0);
  const mention = scanSeed(text).find(
    (m) => m.entity.kind === 'event' && m.start < at + phrase.length && m.end > at,
  );
  return mention && `${mention.text}→${mention.entity.id}`;
}

/** Every entity linked anywhere over `phrase`, at its first occurrence inside `within`. */
export function linksOver(text: string, phrase: string, within = phrase): string[] {
  const base = text.indexOf(within);
  if (base < 0) throw new Error(`"${within}" is not in the text`);
  const at = base + within.indexOf(phrase);
  return scanSeed(text)
    .filter((m) => m.start < at + phrase.length && m.end > at)
    .map((m) => m.entity.id);
}
