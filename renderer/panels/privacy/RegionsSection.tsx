import { useState, type ReactElement } from 'react';
import { invocation } from '../../../shared/commands';
import { ID_PREFIX, newId, type ProjectDocument } from '../../../shared/model';
import type { PreviewClock } from '../../canvas/preview-clock';
import type { DocumentStore } from '../../editor/document-store';
import { useSelection, type SelectionStore } from '../../editor/selection';
import { newRegionAtPlayhead } from './regions';
import { RegionRow } from './RegionRow';
import { placeSpan } from './timeline-span';

/** Blur regions drawn by hand, for what face detection cannot see (screens, badges, charts). */
export function RegionsSection({
  doc,
  store,
  selection,
  clock,
  readOnly,
}: {
  doc: ProjectDocument;
  store: DocumentStore;
  selection: SelectionStore;
  clock: PreviewClock;
  readOnly: boolean;
}): ReactElement {
  const selected = new Set(
    useSelection(selection)
      .filter((item) => item.kind === 'region')
      .map((item) => item.id),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const regions = doc.privacy.manualRegions;
  const names = new Map(doc.media.map((asset) => [asset.id, asset.name]));

  const add = () => {
    const made = newRegionAtPlayhead(doc, clock.timeMs, newId(ID_PREFIX.manualRegion));
    if (!made.ok) {
      setProblem(made.reason);
      return;
    }
    setProblem(null);
    if (
      store.dispatch(invocation('privacy.addRegion', { region: made.region }), 'Add blur region')
    ) {
      selection.select({ kind: 'region', id: made.region.id });
    }
  };

  return (
    <section className="privacy-section" aria-labelledby="privacy-regions-heading">
      <div className="privacy-section__head">
        <h3 id="privacy-regions-heading">Blur regions</h3>
        <button type="button" className="btn" disabled={readOnly} onClick={add}>
          Add blur region
        </button>
      </div>
      {problem !== null ? (
        <p className="privacy-error" role="alert">
          {problem}
        </p>
      ) : null}
      {regions.length === 0 ? (
        <p className="muted">
          None. Add one for what face detection misses: screens, wristbands, charts, name badges.
        </p>
      ) : (
        <ul className="privacy-list" aria-label="Blur regions">
          {regions.map((region, index) => (
            <RegionRow
              key={region.id}
              region={region}
              number={index + 1}
              mediaName={names.get(region.mediaId) ?? region.mediaId}
              span={placeSpan(doc, region.mediaId, region.startMs, region.endMs)}
              fps={doc.format.fps}
              selected={selected.has(region.id)}
              readOnly={readOnly}
              onSelect={() => selection.select({ kind: 'region', id: region.id })}
              onSeek={(ms) => clock.seek(ms)}
              onLabel={(label) =>
                store.dispatch(
                  invocation('privacy.setRegionLabel', { id: region.id, label }),
                  'Rename blur region',
                )
              }
              onStyle={(style) =>
                store.dispatch(
                  invocation('privacy.setBlurStyle', { id: region.id, style }),
                  'Set region blur style',
                )
              }
              onRemove={() =>
                store.dispatch(
                  invocation('privacy.removeRegion', { id: region.id }),
                  'Delete blur region',
                )
              }
            />
          ))}
        </ul>
      )}
    </section>
  );
}
