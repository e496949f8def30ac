import { useCallback, useState, type ReactElement } from 'react';
import { newId } from '../../../../shared/model';
import {
  nextStepNumber,
  SHAPE_PRESETS,
  type ShapePresetKind,
} from '../../../../shared/overlays/shape-presets';
import { useApi } from '../../../api';
import { useAppInfo } from '../../../app/app-info';
import { describeError } from '../../../app/errors';
import { FilePicker } from '../../../app/file-picker/FilePicker';
import { useNotify } from '../../../app/notifications';
import { baseName } from '../../../app/paths';
import { Icon } from '../../../app/ui/icons';
import { dispatchGesture } from '../../../canvas/useCanvasGestures';
import { useEditorServices } from '../../../editor/editor-context';
import { useEditorSnapshot } from '../../../editor/useDocumentStore';
import { addImagePlan, addShapePlan, imageMedia } from './shape-plans';
import { ShapeGlyph } from './ShapeGlyph';
import './shapes-section.css';

/** Pictures made elsewhere that can be imported as overlays (SVGs are sanitised on import). */
export const OVERLAY_IMAGE_EXTENSIONS = ['svg', 'png', 'jpg', 'jpeg', 'webp'] as const;

/**
 * The Library's "Shapes" section: a tile per explainer shape (callout, numbered step badge,
 * highlight ring and box, arrow, text block), each added at the playhead in the brand kit's
 * colours and selected; the project's still images as overlays; and "Import image/SVG…".
 */
export function ShapesSection(): ReactElement {
  const { store, selection, clock } = useEditorServices();
  const snapshot = useEditorSnapshot(store);
  const api = useApi();
  const info = useAppInfo();
  const notify = useNotify();
  const [pickerOpen, setPickerOpen] = useState(false);
  const [importing, setImporting] = useState(false);
  const doc = snapshot.document;
  const readOnly = snapshot.readOnly;
  const images = imageMedia(doc);

  const addOverlay = useCallback(
    (label: string, plan: () => Parameters<typeof dispatchGesture>[1], id: string) => {
      try {
        if (dispatchGesture(store, plan(), label)) selection.select({ kind: 'overlay', id });
      } catch (error) {
        notify({
          tone: 'error',
          title: `Could not ${label.toLowerCase()}`,
          message: describeError(error),
        });
      }
    },
    [store, selection, notify],
  );

  const addShape = (kind: ShapePresetKind, label: string) => {
    const id = newId('ovl');
    addOverlay(
      `Add ${label.toLowerCase()}`,
      () => [addShapePlan(store.getSnapshot().document, kind, clock.getSnapshot().timeMs, id)],
      id,
    );
  };

  const addImage = (mediaId: string, importedJustNow: boolean) => {
    const id = newId('ovl');
    addOverlay(
      'Add image overlay',
      () =>
        addImagePlan(
          store.getSnapshot().document,
          mediaId,
          clock.getSnapshot().timeMs,
          id,
          importedJustNow,
        ),
      id,
    );
  };

  const importPaths = async (paths: readonly string[]) => {
    if (paths.length === 0) return;
    setImporting(true);
    try {
      const result = await store.importMedia(paths);
      for (const error of result.errors) {
        notify({
          tone: 'error',
          title: `Could not import ${baseName(error.path)}`,
          message: error.message,
        });
      }
      for (const item of result.imported) addImage(item.mediaId, true);
    } catch (error) {
      notify({
        tone: 'error',
        title: 'Could not import the picture',
        message: describeError(error),
      });
    } finally {
      setImporting(false);
    }
  };

  const chooseImage = () => {
    if (!info.canPickNativeFiles) {
      setPickerOpen(true);
      return;
    }
    api.call('dialog.openFiles', { kind: 'media', multiple: true }).then(
      ({ paths }) => importPaths(paths),
      (error: unknown) =>
        notify({
          tone: 'error',
          title: 'Could not show the import dialog',
          message: describeError(error),
        }),
    );
  };

  const step = stepNumberOrNull(doc);
  return (
    <section className="shapes" aria-label="Shapes">
      <ul className="shapes__grid" aria-label="Explainer shapes">
        {SHAPE_PRESETS.map((preset) => (
          <li key={preset.kind}>
            <button
              type="button"
              className="shapes__tile"
              data-shape={preset.kind}
              title={`${preset.hint}. Adds it at the playhead.`}
              aria-label={`Add ${preset.label.toLowerCase()}`}
              disabled={readOnly || (preset.kind === 'stepBadge' && step === null)}
              onClick={() => addShape(preset.kind, preset.label)}
            >
              <ShapeGlyph kind={preset.kind} colors={doc.brandKit.colors} step={step ?? 0} />
              <span className="shapes__label">
                {preset.kind === 'stepBadge' && step !== null ? `Step ${step}` : preset.label}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <h3 className="shapes__heading">Images</h3>
      <button
        type="button"
        className="btn btn--primary shapes__import"
        disabled={readOnly || importing}
        onClick={chooseImage}
      >
        <Icon name={importing ? 'spinner' : 'import'} />
        {importing ? 'Importing…' : 'Import image/SVG…'}
      </button>
      {images.length > 0 ? (
        <ul className="shapes__images" aria-label="Project images">
          {images.map((image) => (
            <li key={image.id}>
              <button
                type="button"
                className="shapes__image"
                disabled={readOnly}
                title="Add this picture as an overlay at the playhead"
                onClick={() => addImage(image.id, false)}
              >
                <Icon name="image" />
                <span>{image.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="shapes__empty">
          Illustrations made elsewhere (SVG, PNG, JPEG, WebP) become overlays. Scripts and links
          inside an SVG are removed when it is imported.
        </p>
      )}
      {pickerOpen ? (
        <FilePicker
          title="Import image or SVG"
          mode="files"
          multiple
          extensions={OVERLAY_IMAGE_EXTENSIONS}
          initialDir={info.homeDir}
          confirmLabel="Import"
          onClose={() => setPickerOpen(false)}
          onConfirm={(paths) => {
            setPickerOpen(false);
            void importPaths(paths);
          }}
        />
      ) : null}
    </section>
  );
}

/** The next step badge's number, or null when the badges are used up. */
function stepNumberOrNull(doc: Parameters<typeof nextStepNumber>[0]): number | null {
  try {
    return nextStepNumber(doc);
  } catch {
    return null;
  }
}
