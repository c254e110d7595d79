/**
 * Reads `KB-INVENTORY.md`: the canonical labels the seed knowledge base must hold, with the
 * aliases the inventory gives for each.
 */
export interface InventoryItem {
  section: string;
  label: string;
  aliases: string[];
}

/** Splits on commas and semicolons that are not inside brackets or parentheses. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '[' || ch === '(') depth++;
    if (ch === ']' || ch === ')') depth--;
    if ((ch === ',' || ch === ';') && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

function bracketAliases(text: string): string[] {
  const inner = text.match(/\[([^\]]*)\]/)?.[1];
  if (!inner) return [];
  return inner.split(',').flatMap((alias) => {
    const quoted = alias.match(/"([^"]+)"/);
    return quoted ? [quoted[1]!] : [alias.trim()];
  });
}

export function parseInventory(markdown: string): InventoryItem[] {
  const items: InventoryItem[] = [];
  let section = '';
  const bullets: { section: string; text: string }[] = [];
  for (const line of markdown.split('\n')) {
    if (line.startsWith('## ')) section = line.slice(3).trim();
    else if (line.startsWith('- ')) bullets.push({ section, text: line.slice(2).trim() });
    else if (/^\s+\S/.test(line) && bullets.length > 0)
      bullets[bullets.length - 1]!.text += ` ${line.trim()}`;
  }
  for (const { section: s, text } of bullets) {
    if (s.startsWith('Events')) {
      const label = text.split(' — ')[0]!.trim();
      items.push({ section: s, label, aliases: bracketAliases(text) });
      continue;
    }
    const withoutNote = text.replace(/\s*\((?:the|authors)[^)]*\)\s*$/, '');
    for (const part of splitTopLevel(withoutNote)) {
      items.push({
        section: s,
        label: part.replace(/\s*\[[^\]]*\]/, '').trim(),
        aliases: bracketAliases(part),
      });
    }
  }
  return items;
}
