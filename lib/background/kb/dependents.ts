import type { BackstoryDb } from '../db/object-stores';

/**
 * Entities of `packId` that records of other packs point at (claims about them, relations,
 * participants): removing or dropping them would leave those records dangling.
 */
export async function referencedByOtherPacks(db: BackstoryDb, packId: string): Promise<Set<string>> {
  const tx = db.transaction(['entities', 'kbClaims'], 'readonly');
  const own = await tx.objectStore('entities').index('pack').getAllKeys(packId);
  const referenced = new Set<string>();
  await Promise.all(
    own.map(async (id) => {
      const [claims, linking] = await Promise.all([
        tx.objectStore('kbClaims').index('about').getAll(id),
        tx.objectStore('entities').index('links').getAll(id),
      ]);
      if (claims.some((c) => c.pack !== packId) || linking.some((e) => e.pack !== packId)) referenced.add(id);
    }),
  );
  return referenced;
}
