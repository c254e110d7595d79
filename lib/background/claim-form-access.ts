/**
 * Which claim a claim form may read and write. The form (`claim-form.html?claim=<id>&frame=<n>`)
 * is an extension page, but it must be web-accessible for the content script to frame it, and the
 * document it sits in is the web page's: a page, or a compromised renderer of site A that knows
 * the form's address, could frame it at any claim's id and so read or change a claim the reader
 * marked on site B. So the background remembers which claims it handed each document's content
 * script (`claimsForPage`, `saveClaim`), under the tab, frame, document and origin the browser
 * reported for that content script, and answers a form only for a claim its host frame's
 * document was handed, and only while that document — asked by the id the browser gave it, so a
 * frame that has since loaded another page cannot answer — says it shows that claim's form.
 *
 * The grants are stored (`load`, `save`): a worker stopped and started again keeps them (the form
 * stays open across it); they go with their tab, and all of them when the browser starts. Other
 * extension pages (side panel, options, reader) are not web-accessible, so no page can frame
 * them: they are not checked here.
 */
import { z } from 'zod';
import { RequestError } from '../result';
import type { RequestContext } from '../messaging/server';
import { sameOrigin } from './senders';

/** The document of a tab's frame that framed a claim form, as the browser identifies it. */
export interface HostDocument {
  frameId: number;
  /** The browser's id for the document (Chrome); a frame that loads another page gets a new one. */
  documentId?: string;
}

export interface FormAccessDeps {
  /** Reads and writes the grants where a worker restart does not lose them (IndexedDB's `meta` store). */
  load: () => Promise<unknown>;
  save: (grants: unknown) => Promise<void>;
  /** Asks the content script of one document whether it shows the form for a claim now. */
  showsForm: (tabId: number, host: HostDocument, id: string) => Promise<boolean>;
}

const grantSchema = z.object({
  tab: z.number().int(),
  frameId: z.number().int().min(0),
  documentId: z.string().max(200).optional(),
  origin: z.string().max(2000),
  claims: z.array(z.string().max(100)).max(10_000),
});
type Grant = z.infer<typeof grantSchema>;

/** Documents remembered in all (oldest dropped first), and claims per document. */
export const MAX_GRANTS = 500;
const MAX_CLAIMS_PER_DOCUMENT = 5000;

/**
 * At most `MAX_GRANTS`, dropping first the oldest of the tab that just added one (keeping its
 * newest): a page that embeds hundreds of frames of a site the reader marked would otherwise push
 * out the grant of the reader's form open in another tab, which then could no longer save.
 */
function bounded(all: Grant[], tab?: number): Grant[] {
  const excess = all.length - MAX_GRANTS;
  if (excess <= 0) return all;
  const own = tab === undefined ? [] : all.filter((g) => g.tab === tab);
  const drop = new Set(own.slice(0, Math.min(excess, own.length - 1)));
  const kept = all.filter((g) => !drop.has(g));
  return kept.slice(kept.length - MAX_GRANTS);
}

/** The claim and host frame a claim form's own address names, or undefined for any other page. */
export function formAddress(url: string | undefined): { claim: string; frame?: number } | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  if (parsed.pathname !== '/claim-form.html') return undefined;
  const frame = parsed.searchParams.get('frame') ?? '';
  return {
    claim: parsed.searchParams.get('claim') ?? '',
    frame: /^\d{1,15}$/.test(frame) ? Number(frame) : undefined,
  };
}

const forbidden = (why: string) => new RequestError('forbidden', why);

export type ClaimFormAccess = ReturnType<typeof createClaimFormAccess>;

export function createClaimFormAccess(deps: FormAccessDeps) {
  let grants: Promise<Grant[]> | undefined;
  const read = () =>
    (grants ??= deps.load().then((raw) => {
      const parsed = z.array(grantSchema).safeParse(raw);
      return parsed.success ? parsed.data : [];
    }));
  /** Changes one after another, each written whole: a worker restart reads the last. */
  let turn: Promise<void> = Promise.resolve();
  const change = (edit: (all: Grant[]) => Grant[], tab?: number) => {
    const next = turn.then(async () => {
      const all = bounded(edit(await read()), tab);
      grants = Promise.resolve(all);
      await deps.save(all);
    });
    turn = next.catch((error: unknown) => console.error('Backstory: claim form grants', error));
    return next;
  };

  return {
    /**
     * Records that the content script which sent this request was handed these claims. Only a
     * content script in a tab whose address the browser reports counts.
     */
    grant: async (context: RequestContext, ids: string[]): Promise<void> => {
      const { tabId: tab, frameId, documentId, url } = context;
      if (context.sender !== 'content-script' || tab === undefined || frameId === undefined) return;
      if (!url || !URL.canParse(url)) return;
      const origin = new URL(url).origin;
      const same = (g: Grant) => g.tab === tab && g.frameId === frameId;
      // Nothing handed out and nothing to replace (most pages): no write.
      if (ids.length === 0 && !(await read()).some(same)) return;
      await change((all) => {
        // A frame's earlier document (or, without document ids, an earlier page on another
        // origin) speaks for nothing any more.
        const kept = all.find((g) => same(g) && g.documentId === documentId && g.origin === origin);
        const claims = [...new Set([...(kept?.claims ?? []), ...ids])].slice(-MAX_CLAIMS_PER_DOCUMENT);
        const rest = all.filter((g) => !same(g));
        return claims.length === 0 ? rest : [...rest, { tab, frameId, documentId, origin, claims }];
      }, tab);
    },

    /** The browser started: no tab or document from before is there any more. */
    forgetAll: () => change(() => []),

    /** A tab closed: its documents' grants go with it. */
    forgetTab: (tabId: number) => change((all) => all.filter((g) => g.tab !== tabId)),

    /**
     * A tab started loading a page. Grants recorded without a document id (a browser that gives
     * none) cannot tell the old page from the new one, so they go. Those with one stay: a
     * document id is never reused, so the old page's grants simply never answer again.
     */
    tabLoading: (tabId: number) =>
      change((all) => all.filter((g) => g.tab !== tabId || g.documentId !== undefined)),

    /**
     * Throws unless the sender may read or write claim `id`. Any of Backstory's pages but the
     * claim form may (the side panel, options and reader cannot be framed by a page); a claim
     * form only for the claim in its own address, handed to the document of the frame it names
     * in that tab, on the claim's origin (`seenUrl`, if the claim still exists), and only while
     * that document shows its form.
     */
    require: async (context: RequestContext, id: string, seenUrl?: string): Promise<void> => {
      if (context.sender !== 'extension') throw forbidden('Only Backstory’s own pages may do this');
      const form = formAddress(context.url);
      if (!form) return;
      if (form.claim !== id) throw forbidden('A claim form speaks only for the claim in its own address');
      const tab = context.tabId;
      if (tab === undefined || form.frame === undefined)
        throw forbidden('This claim form is not on a page that opened it');
      const grant = (await read()).findLast(
        (g) => g.tab === tab && g.frameId === form.frame && g.claims.includes(id),
      );
      if (!grant) throw forbidden('This claim was not opened on this page');
      if (seenUrl !== undefined && !sameOrigin(seenUrl, grant.origin))
        throw forbidden('This claim was marked on another site');
      const shown = await deps
        .showsForm(tab, { frameId: grant.frameId, documentId: grant.documentId }, id)
        .catch(() => false);
      if (!shown) throw forbidden('This claim form is no longer on the page that opened it');
    },
  };
}
