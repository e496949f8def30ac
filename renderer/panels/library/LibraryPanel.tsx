import { useState, type ReactElement } from 'react';
import { IconsSection } from './IconsSection';
import { CreditsDialog } from './CreditsDialog';
import { ShapesSection } from './shapes/ShapesSection';
import './library.css';

type LibrarySection = 'icons' | 'shapes';

/**
 * The left column's Library: healthicons icons and explainer shapes to put on the clip, and the
 * credits of the bundled art and fonts. Both sections stay mounted so a search survives
 * switching.
 */
export function LibraryPanel(): ReactElement {
  const [section, setSection] = useState<LibrarySection>('icons');
  const [creditsOpen, setCreditsOpen] = useState(false);
  const sectionTab = (id: LibrarySection, label: string) => (
    <button
      type="button"
      role="tab"
      id={`library-tab-${id}`}
      aria-selected={section === id}
      aria-controls={`library-section-${id}`}
      className="library__tab"
      onClick={() => setSection(id)}
    >
      {label}
    </button>
  );
  return (
    <div className="library" data-testid="library-panel">
      <div className="library__bar">
        <div className="library__tabs" role="tablist" aria-label="Library">
          {sectionTab('icons', 'Icons')}
          {sectionTab('shapes', 'Shapes')}
        </div>
        <button
          type="button"
          className="btn btn--ghost library__about"
          data-testid="library-credits"
          onClick={() => setCreditsOpen(true)}
        >
          About & credits
        </button>
      </div>
      <div
        className="library__section"
        role="tabpanel"
        id="library-section-icons"
        aria-labelledby="library-tab-icons"
        hidden={section !== 'icons'}
      >
        <IconsSection />
      </div>
      <div
        className="library__section"
        role="tabpanel"
        id="library-section-shapes"
        aria-labelledby="library-tab-shapes"
        hidden={section !== 'shapes'}
      >
        <ShapesSection />
      </div>
      {creditsOpen ? <CreditsDialog onClose={() => setCreditsOpen(false)} /> : null}
    </div>
  );
}
