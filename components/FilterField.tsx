import type { ComponentChildren, Ref } from 'preact';

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

/** One choice of a filter menu: what it filters by, and what the reader reads. */
export interface FilterOption {
  value: string;
  text: string;
}

/**
 * A filter menu under its name: "All …" (the empty value) first when `all` is given, then the
 * options. The claims list and Compare build every menu of theirs with it.
 */
export function FilterSelect({
  name,
  value,
  all,
  options,
  onChange,
  selectRef,
}: {
  name: string;
  value: string;
  all?: string;
  options: readonly FilterOption[];
  onChange: (value: string) => void;
  selectRef?: Ref<HTMLSelectElement>;
}) {
  return (
    <FilterField name={name}>
      <select
        ref={selectRef}
        aria-label={name}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {all !== undefined && <option value="">{all}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </FilterField>
  );
}
