import { Button, Grid } from 'antd';
import { Suspense, lazy, useEffect, useState } from 'react';
import { useT } from '../../../i18n/language';
import '../messages';

// The panel (results, keyboard navigation) is its own chunk, loaded on first open: the first load
// carries only this button and its shortcut.
const SearchPanel = lazy(() => import('./search-panel'));

/** Whether a key press is typing into a field, where "/" is a character rather than the shortcut. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** True for the keys that open the search: "/" outside a field, Ctrl+K or ⌘K anywhere. */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') return true;
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target);
}

/** The header's search box: a button (and its shortcut) opening the search over the page. */
export function SearchTrigger() {
  const t = useT();
  const phone = Grid.useBreakpoint().sm === false;
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      setLoaded(true);
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <Button
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
        aria-label={t('search.openHint')}
        aria-keyshortcuts="/ Control+K"
        title={t('search.openHint')}
        data-testid="global-search-open"
        style={phone ? { flexShrink: 0 } : { minWidth: 180, justifyContent: 'space-between', color: '#888' }}
      >
        <span aria-hidden>⌕</span>
        {!phone && <span>{t('search.open')}…</span>}
        {!phone && <kbd style={{ fontSize: 11, opacity: 0.7 }}>/</kbd>}
      </Button>
      {loaded && (
        <Suspense fallback={null}>
          <SearchPanel open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
