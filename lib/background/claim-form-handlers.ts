/**
 * The background's handlers for the claim form, the extension page a content script frames next
 * to a marked passage. The form is web-accessible, so whatever page it sits in may have framed it
 * itself: it reads and writes a claim only as `formAccess` allows (claim-form-access.ts), and what
 * it says about itself (height, going, clicks) goes only to the frame its own address names.
 */
import type { BackgroundRequests } from '../messaging/protocol';
import type { Handlers } from '../messaging/server';
import { RequestError } from '../result';
import { formAddress, type ClaimFormAccess } from './claim-form-access';
import type { ClaimsService } from './claims/service';
import type { KbService } from './kb/service';

/** What these handlers need of the background (`BackgroundDeps` extends it). */
export interface ClaimFormDeps {
  claims: ClaimsService;
  kb: KbService;
  /** Which claims a claim form framed in a page may open (claim-form-access.ts). */
  formAccess: ClaimFormAccess;
  /** The entities one frame's page mentions (asked of that frame), for linking to a claim. */
  pageEntities: (tabId: number, frameId: number) => Promise<{ id: string; label: string }[]>;
  /** Tells the frame showing a claim form (all of a tab's frames if unknown) that it closed. */
  claimFormClosed: (tabId: number, id: string, frameId?: number) => Promise<void>;
  /** Tells the frame showing a claim form how tall the form wants to be. */
  claimFormHeight: (tabId: number, frameId: number, id: string, height: number) => Promise<void>;
  /** Asks the content script in one frame for the keys typed while its claim form loaded. */
  claimFormTypedAhead: (tabId: number, frameId: number, id: string) => Promise<string>;
  /** Asks the content script in one frame whether a click in the claim form it shows may count. */
  claimFormClick: (
    tabId: number,
    frameId: number,
    click: { id: string; x: number; y: number },
  ) => Promise<string | null>;
}

/** The most of the page's names a claim form offers to link (a page names a few dozen). */
export const MAX_PAGE_OPTIONS = 500;

type FormRequests = Pick<
  BackgroundRequests,
  'claimFormData' | 'claimFormTypedAhead' | 'resizeClaimForm' | 'checkClaimFormClick' | 'closeClaimForm'
>;

export function createClaimFormHandlers(deps: ClaimFormDeps): Handlers<FormRequests> {
  const { claims, kb } = deps;
  return {
    claimFormData: async ({ id }, context) => {
      const claim = await claims.get(id);
      await deps.formAccess.require(context, id, claim?.seenUrl);
      if (!claim) throw new RequestError('not-found', 'That claim no longer exists');
      // The names the form offers are those of the page it sits on (the frame its address names,
      // checked above), not the tab's top page: a page embedding the reader's article would
      // otherwise offer names the article never mentions, as if it did.
      const frame = formAddress(context.url)?.frame ?? 0;
      const onPage = context.tabId === undefined ? [] : await deps.pageEntities(context.tabId, frame);
      // The page's renderer answers with ids and labels of its choosing (it may be the
      // attacker's): only entities of the knowledge base are offered, under the knowledge base's
      // own labels, and no more than a page has names.
      const named = [...new Set(onPage.map((e) => e.id))]
        .filter((e): e is string => typeof e === 'string' && !claim.entities.includes(e))
        .slice(0, MAX_PAGE_OPTIONS);
      const known = await kb.describe([...claim.entities, ...named]);
      const linked = claim.entities.map((e) => ({ id: e, label: known[e]?.label ?? e }));
      const offered = named.flatMap((e) => (known[e] ? [{ id: e, label: known[e].label }] : []));
      return {
        claim,
        options: [...linked, ...offered],
        noteDraft: await claims.noteDraft(id),
      };
    },
    // Only to a form that may open the claim, from the frame its own address names: what the
    // reader typed on that page, for the note they were starting.
    claimFormTypedAhead: async ({ id }, context) => {
      const form = formAddress(context.url);
      if (context.tabId === undefined || form?.claim !== id || form.frame === undefined) return '';
      await deps.formAccess.require(context, id, (await claims.get(id))?.seenUrl);
      return deps.claimFormTypedAhead(context.tabId, form.frame, id);
    },
    // Not to the tab's other frames: an embedded page on another site would learn the claim's id
    // and, from the height, how long its note is.
    resizeClaimForm: async ({ id, height }, context) => {
      const form = formAddress(context.url);
      if (context.tabId !== undefined && form?.claim === id && form.frame !== undefined)
        await deps.claimFormHeight(context.tabId, form.frame, id, height);
      return null;
    },
    checkClaimFormClick: async ({ id, frame, x, y }, context) => {
      if (context.tabId === undefined) return 'this form is not on a page';
      const form = formAddress(context.url);
      if (form?.claim !== id || form.frame !== frame) return 'this form is not the one on show';
      return deps.claimFormClick(context.tabId, frame, { id, x, y });
    },
    // Not checked further: a form whose claim is gone, or that was refused, must still close.
    closeClaimForm: async ({ id }, context) => {
      const form = formAddress(context.url);
      if (context.tabId !== undefined && form?.claim === id)
        await deps.claimFormClosed(context.tabId, id, form.frame);
      return null;
    },
  };
}
