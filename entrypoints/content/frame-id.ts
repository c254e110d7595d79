/**
 * This frame's id as the background knows it (the claim form asks, through the background,
 * whether its frame is on show before it saves).
 */
import { askBackground } from '@/lib/messaging/client';

let asking: Promise<number | undefined> | undefined;

/** Asked once per frame; asked again next time if the background could not answer. */
export function ownFrameId(): Promise<number | undefined> {
  return (asking ??= askBackground('whereAmI', {}).then((r) => {
    // Not kept when the background could not answer (stopped mid-request).
    if (!r.ok) asking = undefined;
    return r.ok ? r.value.frameId : undefined;
  }));
}
