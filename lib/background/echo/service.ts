/**
 * The background's "Seen elsewhere": an echo index over every saved claim and knowledge-base
 * quote (rebuilt lazily after any change), and the check of one page's text against it. The
 * page's own claims are left out, decided from the address the browser reports for the sender,
 * never from what the page says about itself. Results go to the side panel and the badge only:
 * nothing about them is sent back to the page.
 */
import type { ClaimsService } from '../claims/service';
import type { BackstoryDb } from '../db/object-stores';
import { fromStoredEntity } from '../kb/records';
import type { KbService } from '../kb/service';
import { samePage } from '../senders';
import { describeQuote } from '../../anchor/selectors';
import { siteOf, type SavedClaim } from '../../claims/schema';
import { textFragmentUrl } from '../../claims/text-fragment';
import { prepareEntry, type EchoHit, type PreparedEntry } from '../../echo/passage-index';
import { findInLayers, layerIndex, type LayeredIndex } from '../../echo/layers';
import { kbPhraseTable } from '../../echo/kb-phrases';
import type { PhraseTable } from '../../echo/terms';
import { MAX_ECHO_TEXT, type EchoOrigin, type PageEcho } from '../../echo/types';

interface Built {
  index: LayeredIndex;
  table: PhraseTable;
  origins: Map<string, EchoOrigin>;
  /** Where each saved claim was marked, to leave out the page's own. */
  pages: Map<string, { url: string; seenUrl: string }>;
  /** Knowledge-base sources' addresses, to leave out a source's own quotes on its own page. */
  sourceUrls: Map<string, string | null>;
}

export type EchoService = ReturnType<typeof createEchoService>;

/** Entries read at a time when building the index; the background answers other requests between. */
const PREPARE_AT_A_TIME = 1_000;

/** Characters of page text checked at a time; the background answers other requests between. */
const PIECE = 40_000;
/** Characters each piece shares with the next, so a passage across a seam is whole in one. */
const SEAM = 4_000;

/**
 * `findEchoes` over a long text piece by piece, yielding to the event loop between pieces:
 * the service worker is single-threaded, and a reader hovering a name on another tab must not
 * wait for a megabyte of text to be checked.
 */
async function findInPieces(
  index: LayeredIndex,
  text: string,
  table: PhraseTable,
  breaks: readonly number[],
) {
  const best = new Map<string, EchoHit>();
  for (let from = 0; from < text.length; from += PIECE) {
    const to = Math.min(text.length, from + PIECE + SEAM);
    const local = breaks.filter((b) => b > from && b < to).map((b) => b - from);
    for (const hit of findInLayers(index, text.slice(from, to), table, { breaks: local })) {
      const known = best.get(hit.id);
      if (!known || hit.similarity > known.similarity)
        best.set(hit.id, { ...hit, start: hit.start + from, end: hit.end + from });
    }
    if (to === text.length) break;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return [...best.values()].toSorted((a, b) => a.start - b.start || b.containment - a.containment);
}

function savedOrigin(claim: SavedClaim): EchoOrigin {
  return {
    kind: 'saved',
    id: claim.id,
    quote: claim.selectors.quote.exact,
    url: claim.url,
    site: siteOf(claim).replace(/^www\./, ''),
    title: claim.page.title,
    saved: claim.created,
    link: textFragmentUrl(claim.url, claim.selectors.quote),
    entities: claim.entities,
  };
}

export function createEchoService(deps: {
  getDb: () => Promise<BackstoryDb>;
  kb: KbService;
  claims: ClaimsService;
}) {
  let built: Promise<Built> | undefined;
  /**
   * Each entry as last read for the index, by id: reading text is most of a build, and saving
   * one claim should not mean reading a hundred thousand again. Kept while the knowledge (and
   * so the phrase table) stays the same.
   */
  let prepared = new Map<string, { text: string; entry?: PreparedEntry }>();
  /** Bumped when the knowledge changes: a build that began before must not keep what it read. */
  let readings = 0;
  /** The last index built, whose base the next build keeps when few entries changed. */
  let layered: LayeredIndex | undefined;

  /** Reads the entries not read before, yielding between batches so the worker keeps answering. */
  const prepareAll = async (entries: { id: string; text: string }[], table: PhraseTable, reading: number) => {
    const before =
      reading === readings ? prepared : new Map<string, { text: string; entry?: PreparedEntry }>();
    const next = new Map<string, { text: string; entry?: PreparedEntry }>();
    let fresh = 0;
    for (const entry of entries) {
      const known = before.get(entry.id);
      if (known?.text === entry.text) {
        next.set(entry.id, known);
        continue;
      }
      // Entries too short to index are remembered too, so they are not read again.
      next.set(entry.id, { text: entry.text, entry: prepareEntry(entry, table) });
      if (++fresh % PREPARE_AT_A_TIME === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    if (reading === readings) prepared = next;
    return [...next.values()].flatMap((known) => (known.entry ? [known.entry] : []));
  };

  const build = async (): Promise<Built> => {
    // What is read under an older phrase table must not be kept (see `invalidate`).
    const reading = readings;
    await deps.kb.ensure();
    const db = await deps.getDb();
    const [entities, kbClaims, sources, saved] = await Promise.all([
      db.getAll('entities'),
      db.getAll('kbClaims'),
      db.getAll('sources'),
      deps.claims.list({}),
    ]);
    const table = kbPhraseTable(entities.map(fromStoredEntity));
    const origins = new Map<string, EchoOrigin>();
    const pages = new Map<string, { url: string; seenUrl: string }>();
    const sourceUrls = new Map<string, string | null>();
    const meta = new Map(sources.map((s) => [s.id, s]));
    for (const s of sources) sourceUrls.set(s.id, s.url);
    const entries: { id: string; text: string }[] = [];
    for (const claim of saved.claims) {
      const id = `saved:${claim.id}`;
      origins.set(id, savedOrigin(claim));
      pages.set(id, { url: claim.url, seenUrl: claim.seenUrl });
      entries.push({ id, text: claim.selectors.quote.exact });
    }
    for (const claim of kbClaims) {
      const id = `kb:${claim.id}`;
      const source = meta.get(claim.source);
      origins.set(id, {
        kind: 'kb',
        id: claim.id,
        quote: claim.quote,
        source: claim.source,
        start: claim.start,
        end: claim.end,
        outlet: source?.outlet.value ?? null,
        title: source?.title.value ?? null,
        published: source?.published.value ?? null,
        about: claim.about,
      });
      entries.push({ id, text: claim.quote });
    }
    const read = await prepareAll(entries, table, reading);
    const index = layerIndex(reading === readings ? layered : undefined, read);
    if (reading === readings) layered = index;
    return { index, table, origins, pages, sourceUrls };
  };

  const current = () => {
    built ??= build().catch((error: unknown) => {
      built = undefined;
      throw error;
    });
    return built;
  };

  return {
    /**
     * Saved claims changed (`claims`: entries read before are kept) or the knowledge or
     * settings did (`knowledge`: names may read differently, so everything is read again). The
     * index is rebuilt on next use.
     */
    invalidate: (what: 'claims' | 'knowledge') => {
      built = undefined;
      if (what === 'knowledge') {
        prepared = new Map();
        layered = undefined;
        readings++;
      }
    },

    /**
     * The passages of a page's text that repeat a saved claim or a knowledge-base quote.
     * `seenUrl` is the page's address as the browser reports it; `canonical` counts only when
     * the caller has checked it is on the same origin.
     */
    async check(
      text: string,
      breaks: readonly number[],
      page: { seenUrl: string; canonical?: string },
    ): Promise<PageEcho[]> {
      const { index, table, origins, pages, sourceUrls } = await current();
      const checked = text.slice(0, MAX_ECHO_TEXT);
      const ownPage = (url: string) =>
        samePage(url, page.seenUrl) || (!!page.canonical && samePage(url, page.canonical));
      const hits = (await findInPieces(index, checked, table, breaks)).filter((hit) => {
        const marked = pages.get(hit.id);
        if (marked) return !ownPage(marked.url) && !ownPage(marked.seenUrl);
        const origin = origins.get(hit.id);
        const url = origin?.kind === 'kb' ? sourceUrls.get(origin.source) : undefined;
        return !url || !ownPage(url);
      });
      // Hits on overlapping stretches of the page are one passage with several origins.
      const echoes: PageEcho[] = [];
      let open: { start: number; end: number; hits: typeof hits } | undefined;
      const close = () => {
        if (!open) return;
        echoes.push({
          id: `${open.start}-${open.end}`,
          passage: describeQuote(checked, open.start, open.end),
          origins: open.hits
            .toSorted((a, b) => b.similarity - a.similarity)
            .map((h) => ({ ...origins.get(h.id)!, similarity: Math.round(h.similarity * 100) / 100 })),
        });
      };
      for (const hit of hits) {
        if (open && hit.start < open.end) {
          open.end = Math.max(open.end, hit.end);
          open.hits.push(hit);
        } else {
          close();
          open = { start: hit.start, end: hit.end, hits: [hit] };
        }
      }
      close();
      return echoes;
    },
  };
}
