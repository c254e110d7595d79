/**
 * The mention navigator: the side panel's "On this page" list and the keyboard commands move
 * through the page's mentions — to the next mention of one entity, or to the next or previous
 * mention of any, whose card then opens with focus.
 */
import { scrollAndFlash } from '@/lib/dom/flash';
import type { Mention } from '@/lib/dom/mention';
import type { PageEntity } from '@/lib/messaging/protocol';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PopoverController } from './popover';
import type { PageSession } from './session';

export class MentionNavigator {
  private stepIndex = -1;
  /** Per entity (by index), the mention the last reveal went to. */
  private revealIndex = new Map<number, number>();

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly session: PageSession,
    private readonly popover: PopoverController,
  ) {}

  /** The entities mentioned on the page, with counts, most mentioned first. */
  pageEntities(): PageEntity[] {
    const layer = this.session.mentionLayer;
    if (!layer) return [];
    return [...layer.mentions.counts()]
      .map(([index, count]) => {
        const { id, label, kind } = layer.entities[index]!;
        return { id, label, kind, count };
      })
      .toSorted((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  }

  /** Scrolls to and flashes the next mention of an entity. */
  reveal(entityId: string): boolean {
    const layer = this.session.mentionLayer;
    if (!layer) return false;
    const index = layer.entities.findIndex((e) => e.id === entityId);
    const all = layer.mentions.linked().filter((m) => m.entity === index);
    if (all.length === 0) return false;
    const next = ((this.revealIndex.get(index) ?? -1) + 1) % all.length;
    this.revealIndex.set(index, next);
    this.show(all[next]!);
    return true;
  }

  /** The keyboard path: moves to the next or previous mention and opens its card with focus. */
  step(direction: 1 | -1): boolean {
    const layer = this.session.mentionLayer;
    if (!layer) return false;
    const all = layer.mentions.linked();
    if (all.length === 0) return false;
    this.stepIndex = (this.stepIndex + direction + all.length) % all.length;
    const mention = all[this.stepIndex]!;
    this.session.claimsLayer?.claims.marking.dismissOffer();
    this.show(mention);
    void this.popover.card.show(mention, layer.entities, true);
    return true;
  }

  private show(mention: Mention) {
    const highlighter = this.session.claimsLayer?.highlighter;
    if (highlighter) scrollAndFlash(highlighter, mention.range, this.ctx.signal);
  }
}
