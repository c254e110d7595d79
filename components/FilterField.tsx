import type { ComponentChildren } from 'preact';

/**
 * A filter menu under its name. The menu's first option ("All tags") named it only until a value
 * was chosen: a menu showing "#Lunch" did not say what it filters. The name stays above it, as
 * a field's label does (GitHub's and Zotero's filter bars keep theirs), and names the menu for
 * screen readers too.
 */
export function FilterField({ name, children }: { name: string; children: ComponentChildren }) {
  return (
    <label class="filter-field">
      <span class="filter-name">{name}</span>
      {children}
    </label>
  );
}
