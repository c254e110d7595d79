/**
 * Text a reader sees must name sources the way readers know them ("the Middle East Institute
 * analysis", "the 21 June 2025 news report"), never by the knowledge base's internal handles: a
 * source's id, its file name, or "seed 001". The seed knowledge base is held to this by
 * `npm run kb:check`; imported packs are not refused for it (their prose is their authors').
 */
import type { Issue } from '../result';
import type { KnowledgePack } from './schema';

const SEED_NUMBER = /\bseeds? ?\d{3}\b|\bseed documents?\b/i;

/** Every string of a pack that a reader may be shown, with its JSON path. */
export function* readerText(
  pack: Pick<KnowledgePack, 'entities' | 'claims' | 'pack'>,
): Generator<[string, string]> {
  yield ['pack.description', pack.pack.description];
  for (const [i, e] of pack.entities.entries()) {
    const at = `entities[${i}]`;
    yield [`${at}.summary`, e.summary];
    for (const [j, d] of e.discrepancies.entries()) {
      yield [`${at}.discrepancies[${j}].about`, d.about];
      yield [`${at}.discrepancies[${j}].note`, d.note];
    }
    for (const [j, r] of e.roles.entries()) if (r.note) yield [`${at}.roles[${j}].note`, r.note];
    if (e.kind === 'event') {
      if ('undated' in e.date) yield [`${at}.date.reason`, e.date.reason];
      else if (e.date.note) yield [`${at}.date.note`, e.date.note];
    }
  }
  for (const [i, c] of pack.claims.entries()) {
    yield [`claims[${i}].text`, c.text];
    yield [`claims[${i}].attribution`, c.attribution];
  }
}

/** Reader-facing text that names a source by an internal handle, one issue per string. */
export function internalSourceNames(pack: KnowledgePack): Issue[] {
  const handles = pack.sources.flatMap((s) => [s.id, s.file]);
  const issues: Issue[] = [];
  for (const [path, text] of readerText(pack)) {
    const handle = handles.find((h) => text.includes(h)) ?? text.match(SEED_NUMBER)?.[0];
    if (handle)
      issues.push({
        path,
        message: `names a source as "${handle}": say it as readers know it (outlet, headline, kind, date)`,
      });
  }
  return issues;
}
