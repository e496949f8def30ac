import { useState, type ReactElement } from 'react';
import { CaptionsPanel } from './CaptionsPanel';
import { LibraryPanel } from '../library/LibraryPanel';
import { CitationsPanel } from '../citations/CitationsPanel';
import { PrivacyPanel } from '../privacy/PrivacyPanel';

type LeftTab = 'media' | 'captions' | 'library' | 'sources' | 'privacy';

/**
 * The editor's left column: the media bin and the captions panel as tabs. Both stay mounted,
 * so the captions shortcuts work and scroll positions survive switching tabs.
 */
export function LeftPanelTabs({ media }: { media: ReactElement }): ReactElement {
  const [tab, setTab] = useState<LeftTab>('media');
  const tabButton = (id: LeftTab, label: string) => (
    <button
      type="button"
      role="tab"
      id={`left-tab-${id}`}
      aria-selected={tab === id}
      aria-controls={`left-panel-${id}`}
      className="left-tabs__tab"
      onClick={() => setTab(id)}
    >
      {label}
    </button>
  );
  return (
    <div className="left-tabs">
      <div className="left-tabs__list" role="tablist" aria-label="Left panel">
        {tabButton('media', 'Media')}
        {tabButton('captions', 'Captions')}
        {tabButton('library', 'Library')}
        {tabButton('sources', 'Sources')}
        {tabButton('privacy', 'Privacy')}
      </div>
      <div
        className="left-tabs__panel"
        role="tabpanel"
        id="left-panel-media"
        aria-labelledby="left-tab-media"
        hidden={tab !== 'media'}
      >
        {media}
      </div>
      <div
        className="left-tabs__panel"
        role="tabpanel"
        id="left-panel-captions"
        aria-labelledby="left-tab-captions"
        hidden={tab !== 'captions'}
      >
        <CaptionsPanel />
      </div>
      <div
        className="left-tabs__panel"
        role="tabpanel"
        id="left-panel-library"
        aria-labelledby="left-tab-library"
        hidden={tab !== 'library'}
      >
        <LibraryPanel />
      </div>
      <div
        className="left-tabs__panel"
        role="tabpanel"
        id="left-panel-sources"
        aria-labelledby="left-tab-sources"
        hidden={tab !== 'sources'}
      >
        <CitationsPanel />
      </div>
      <div
        className="left-tabs__panel"
        role="tabpanel"
        id="left-panel-privacy"
        aria-labelledby="left-tab-privacy"
        hidden={tab !== 'privacy'}
      >
        <PrivacyPanel />
      </div>
    </div>
  );
}
