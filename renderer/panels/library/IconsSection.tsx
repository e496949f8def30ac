import { useCallback, useDeferredValue, useMemo, useState, type ReactElement } from 'react';
import {
  iconCategories,
  iconOverlayId,
  type IconCatalogEntry,
  type IconStyle,
} from '../../../shared/overlays/icon-catalog';
import { searchIcons } from '../../../shared/overlays/icon-search';
import { useApi } from '../../api';
import { describeError } from '../../app/errors';
import { useNotify } from '../../app/notifications';
import { Icon } from '../../app/ui/icons';
import { dispatchGesture } from '../../canvas/useCanvasGestures';
import { useEditorServices } from '../../editor/editor-context';
import { useEditorSnapshot } from '../../editor/useDocumentStore';
import { addIconPlan, setIconDragData } from './icon-drop';
import { useIconCatalog, useIconPreviews } from './icon-library-data';

/** Icons shown per page of results; "Show more" adds another page. */
export const ICONS_PER_PAGE = 60;

const ALL = '';

/**
 * The Library's "Icons" section: every healthicons icon, searchable by name, category and the
 * package's tags, in filled or outline style. A tile adds its icon at the playhead (in the
 * brand kit's colours, selected for the inspector) or drags onto the canvas to place it there.
 */
export function IconsSection(): ReactElement {
  const api = useApi();
  const notify = useNotify();
  const { store, selection, clock } = useEditorServices();
  const { readOnly } = useEditorSnapshot(store);
  const catalog = useIconCatalog(api);
  const [text, setText] = useState('');
  const [category, setCategory] = useState(ALL);
  const [style, setStyle] = useState<IconStyle>('filled');
  const [pages, setPages] = useState(1);
  const query = useDeferredValue(text);

  const icons = catalog.status === 'ready' ? catalog.icons : [];
  const categories = useMemo(() => iconCategories(icons), [icons]);
  const results = useMemo(
    () => searchIcons(icons, { text: query, ...(category === ALL ? {} : { category }) }),
    [icons, query, category],
  );
  const shown = results.slice(0, pages * ICONS_PER_PAGE);
  // useIconPreviews keys its loading on the ids' text, so a fresh array each render is fine.
  const previews = useIconPreviews(
    api,
    shown.map((entry) => iconOverlayId(entry.path, style)),
  );

  const addAtPlayhead = useCallback(
    (entry: IconCatalogEntry) => {
      try {
        const plan = addIconPlan(
          store.getSnapshot().document,
          iconOverlayId(entry.path, style),
          clock.getSnapshot().timeMs,
        );
        if (dispatchGesture(store, [plan.invocation], `Add icon ${entry.title}`)) {
          selection.select({ kind: 'overlay', id: plan.id });
        }
      } catch (error) {
        notify({ tone: 'error', title: 'Could not add the icon', message: describeError(error) });
      }
    },
    [store, clock, selection, style, notify],
  );

  const resetPaging = () => setPages(1);

  return (
    <section className="icon-library" aria-label="Icons">
      <div className="icon-library__filters">
        <input
          type="search"
          className="input"
          placeholder="Search icons (name, tag, category)"
          aria-label="Search icons"
          data-testid="icon-search"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            resetPaging();
          }}
        />
        <div className="icon-library__row">
          <select
            className="input"
            aria-label="Icon category"
            data-testid="icon-category"
            value={category}
            onChange={(event) => {
              setCategory(event.target.value);
              resetPaging();
            }}
          >
            <option value={ALL}>All ({icons.length})</option>
            {categories.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.label} ({entry.count})
              </option>
            ))}
          </select>
          <div className="icon-library__styles" role="radiogroup" aria-label="Icon style">
            {(['filled', 'outline'] as const).map((option) => (
              <button
                key={option}
                type="button"
                role="radio"
                aria-checked={style === option}
                className="icon-library__style"
                data-testid={`icon-style-${option}`}
                onClick={() => setStyle(option)}
              >
                {option === 'filled' ? 'Filled' : 'Outline'}
              </button>
            ))}
          </div>
        </div>
      </div>
      {catalog.status === 'loading' ? (
        <p className="icon-library__note">
          <Icon name="spinner" /> Loading icons…
        </p>
      ) : catalog.status === 'error' ? (
        <p className="icon-library__note icon-library__note--error" role="alert">
          Could not load the icons: {catalog.message}
        </p>
      ) : (
        <div className="icon-library__results">
          <p className="icon-library__count" data-testid="icon-count" aria-live="polite">
            {results.length === 0
              ? 'No icons match.'
              : `${results.length} icon${results.length === 1 ? '' : 's'}` +
                (results.length > shown.length ? `, showing ${shown.length}` : '')}
            {' · click to add at the playhead, or drag onto the canvas'}
          </p>
          <ul className="icon-library__grid" aria-label="Icon results" data-testid="icon-grid">
            {shown.map((entry) => {
              const iconId = iconOverlayId(entry.path, style);
              const preview = previews.get(iconId);
              return (
                <li key={entry.path}>
                  <button
                    type="button"
                    className="icon-library__tile"
                    data-icon-id={iconId}
                    disabled={readOnly}
                    draggable={!readOnly}
                    title={`${entry.title} (${entry.path})${entry.tags.length > 0 ? `\n${entry.tags.join(', ')}` : ''}`}
                    aria-label={`Add icon ${entry.title}`}
                    onClick={() => addAtPlayhead(entry)}
                    onDragStart={(event) => setIconDragData(event.dataTransfer, iconId)}
                  >
                    {preview === undefined ? (
                      <span className="icon-library__placeholder" aria-hidden="true" />
                    ) : (
                      <img src={preview} alt="" width={40} height={40} draggable={false} />
                    )}
                    <span className="icon-library__title">{entry.title}</span>
                  </button>
                </li>
              );
            })}
          </ul>
          {results.length > shown.length ? (
            <button
              type="button"
              className="btn icon-library__more"
              data-testid="icon-more"
              onClick={() => setPages((count) => count + 1)}
            >
              Show more ({results.length - shown.length} left)
            </button>
          ) : null}
        </div>
      )}
    </section>
  );
}
