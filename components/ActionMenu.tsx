import { useEffect, useRef, useState } from 'preact/hooks';

export interface MenuAction {
  label: string;
  /** Gets the click, so a caller can check it was a real one (see lib/dom/ui-guard.ts). */
  onSelect: (event: MouseEvent) => void;
}

export interface ActionMenuProps {
  /** The menu button's accessible name ("More actions"). */
  label: string;
  id: string;
  actions: MenuAction[];
}

/**
 * A menu button for rarer actions (WAI-ARIA menu button pattern): Enter, Space or Down opens it
 * on the first item, Up on the last; arrows, Home and End move; Esc closes it and returns to the
 * button without closing what it sits in; Tab or a click elsewhere closes it.
 */
export function ActionMenu({ label, id, actions }: ActionMenuProps) {
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (!open) return;
    const list = items();
    (open === 'last' ? list[list.length - 1] : list[0])?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const list = items();
    const at = list.indexOf(event.target as HTMLElement);
    const move = (to: number) => list[(to + list.length) % list.length]?.focus();
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(list.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') return setOpen(false);
    else return;
    event.preventDefault();
    // Esc here closes the menu only, not the card around it.
    event.stopPropagation();
  };

  return (
    <span
      class="bs-menu-wrap"
      onFocusOut={(event) => {
        const next = event.relatedTarget as Node | null;
        if (open && (!next || !(event.currentTarget as Node).contains(next))) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        class="bs-icon-button"
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open !== false}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(open ? false : 'first')}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(event.key === 'ArrowUp' ? 'last' : 'first');
          }
        }}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open && (
        <div ref={menu} role="menu" id={id} aria-label={label} class="bs-menu">
          {actions.map((action) => (
            <button
              key={action.label}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onKeyDown={onMenuKey}
              onClick={(event) => {
                setOpen(false);
                action.onSelect(event);
              }}
            >
              {action.label}
            </button>
          ))}
        </div>
      )}
    </span>
  );
}
