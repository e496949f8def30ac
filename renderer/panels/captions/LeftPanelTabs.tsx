import { useState, type ReactElement, type ReactNode } from 'react';
import { CaptionsPanel } from './CaptionsPanel';
import { LibraryPanel } from '../library/LibraryPanel';
import { CitationsPanel } from '../citations/CitationsPanel';
import { PrivacyPanel } from '../privacy/PrivacyPanel';

type LeftTab = 'media' | 'captions' | 'library' | 'sources' | 'privacy';

const TABS: readonly { id: LeftTab; label: string }[] = [
  { id: 'media', label: 'Media' },
  { id: 'captions', label: 'Captions' },
  { id: 'library', label: 'Library' },
  { id: 'sources', label: 'Sources' },
  { id: 'privacy', label: 'Privacy' },
];

/**
 * Tabs whose panels are built only when first shown: they fetch and draw a lot (the icon grid,
 * formatted references, face thumbnails) that opening a project should not wait for. Once
 * built they stay mounted, so scroll positions survive switching tabs. The media bin and the
 * captions panel (whose shortcuts work from any tab) are built from the start, the captions
 * panel without its lists until first shown.
 */
const BUILT_ON_FIRST_VISIT: ReadonlySet<LeftTab> = new Set(['library', 'sources', 'privacy']);

/** The editor's left column: media bin, captions, library, sources and privacy as tabs. */
export function LeftPanelTabs({ media }: { media: ReactElement }): ReactElement {
  const [tab, setTab] = useState<LeftTab>('media');
  const [visited, setVisited] = useState<ReadonlySet<LeftTab>>(() => new Set(['media']));
  const show = (id: LeftTab) => {
    setTab(id);
    setVisited((seen) => (seen.has(id) ? seen : new Set([...seen, id])));
  };
  const panels: Record<LeftTab, () => ReactNode> = {
    media: () => media,
    captions: () => <CaptionsPanel listed={visited.has('captions')} />,
    library: () => <LibraryPanel />,
    sources: () => <CitationsPanel />,
    privacy: () => <PrivacyPanel />,
  };
  return (
    <div className="left-tabs">
      <div className="left-tabs__list" role="tablist" aria-label="Left panel">
        {TABS.map(({ id, label }) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`left-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`left-panel-${id}`}
            className="left-tabs__tab"
            onClick={() => show(id)}
          >
            {label}
          </button>
        ))}
      </div>
      {TABS.map(({ id }) => (
        <div
          key={id}
          className="left-tabs__panel"
          role="tabpanel"
          id={`left-panel-${id}`}
          aria-labelledby={`left-tab-${id}`}
          hidden={tab !== id}
        >
          {!BUILT_ON_FIRST_VISIT.has(id) || visited.has(id) ? panels[id]() : null}
        </div>
      ))}
    </div>
  );
}
