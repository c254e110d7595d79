import { scanPlainText } from '../lib/dom/static-scan';
import { compileDictionary } from '../lib/match/compile-dictionary';
import { aliasSpecsFromEntities } from '../lib/match/from-kb';
import { validatePack } from '../lib/kb/validate-pack';
import { readSeedPack } from '../scripts/lib/seed-pack';
const seed = validatePack(readSeedPack().pack);
if (!seed.ok) throw new Error('bad');
const { entities, aliases } = aliasSpecsFromEntities(seed.pack.entities);
const dict = compileDictionary(aliases);
for (const t of process.argv.slice(2)) {
  const ms = scanPlainText(t, dict, entities).mentions;
  console.log(t);
  for (const m of ms) console.log(`   ${m.text} → ${m.entity.id}${m.parent !== undefined ? ' (nested)' : ''} ${m.via ?? ''}`);
}
