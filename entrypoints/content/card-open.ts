/**
 * What the card knows while it is open (card.tsx): the mention it is for, the entries the reader
 * went through from there, and how it was opened.
 */
import type { Mention } from '@/lib/dom/mention';
import type { MatchEntity } from '@/lib/match/from-kb';
import type { FocusOrigin } from './return-focus';

export interface Open extends FocusOrigin {
  /** The entities of the matcher that found the mention, by index. */
  entities: readonly MatchEntity[];
  /** The linked event the mention sits inside, if any (its card is a chip away). */
  partOf?: MatchEntity;
  history: string[];
  pinned: boolean;
  /** Why an action was refused, shown until the popover closes. */
  notice?: string;
}

/** The card opened for a mention; `before`: the card open until now, whose pin and focus origin carry over. */
export function openCard(
  mention: Mention,
  entities: readonly MatchEntity[],
  byKeyboard: boolean,
  before: Open | undefined,
): Open {
  const entity = entities[mention.entity]!;
  let around = mention.parent;
  while (around && around.entity < 0) around = around.parent;
  const outer = around ? entities[around.entity] : undefined;
  return {
    mention,
    entities,
    partOf: outer?.kind === 'event' ? outer : undefined,
    history: [entity.id],
    pinned: before?.pinned ?? false,
    byKeyboard,
    // Focus may already be in the card (stepping on from one mention to the next).
    returnTo: before?.returnTo,
  };
}
