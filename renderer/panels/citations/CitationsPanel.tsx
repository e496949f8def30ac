import { useMemo, useState, type ReactElement } from 'react';
import type { FormattedReference } from '../../../shared/api/calls/citations';
import { findUncitedClaims } from '../../../shared/citations/claims';
import { invocation } from '../../../shared/commands';
import { planCitationChips } from '../../../shared/commands/citation-chips';
import {
  DEFAULT_REFERENCE_STYLE,
  referenceStyleSchema,
  type CaptionCue,
  type Citation,
  type ReferenceStyle,
} from '../../../shared/model';
import { useApi } from '../../api';
import { describeError } from '../../app/errors';
import { useNotify } from '../../app/notifications';
import { useEditorServices } from '../../editor/editor-context';
import { useSelection } from '../../editor/selection';
import { useEditorSnapshot } from '../../editor/useDocumentStore';
import { selectedCueOf } from '../captions/useCaptionCommands';
import { CitationFormDialog } from './CitationFormDialog';
import { CitationImportDialog } from './CitationImportDialog';
import { linkInvocations, removeInvocations, unlinkInvocations } from './citation-links';
import { CitationRow } from './CitationRow';
import { CueCitationLinks } from './CueCitationLinks';
import { descriptionText } from './description-text';
import { UncitedClaimsList } from './UncitedClaimsList';
import { useReferences } from './useReferences';
import './citations-panel.css';

type Dialog = { kind: 'import' } | { kind: 'form'; citationId?: string };

/**
 * Sources in the reference list's order (Vancouver numbers by first use in the clip); ones the
 * engine has not numbered yet follow in project order.
 */
function inReferenceOrder(
  citations: readonly Citation[],
  byId: ReadonlyMap<string, FormattedReference>,
): Citation[] {
  const rank = (citation: Citation) => byId.get(citation.id)?.number ?? Number.MAX_SAFE_INTEGER;
  return [...citations].sort((a, b) => rank(a) - rank(b));
}

const STYLE_LABELS: Record<ReferenceStyle, string> = { vancouver: 'Vancouver', apa: 'APA' };

/**
 * The Sources panel: the project's citations (short on-screen label and full reference in the
 * chosen style), adding them by paste, file or form, linking the selected caption to them (which
 * places their chips), the uncited claims, and copying the post description.
 */
export function CitationsPanel(): ReactElement {
  const api = useApi();
  const notify = useNotify();
  const { projectId, store, selection, clock } = useEditorServices();
  const snapshot = useEditorSnapshot(store);
  const doc = snapshot.document;
  const { readOnly } = snapshot;
  const references = useReferences(projectId, store, doc);
  const claims = useMemo(() => findUncitedClaims(doc), [doc]);
  const unplaced = useMemo(() => planCitationChips(doc).length, [doc]);
  const selectedIds = useSelection(selection)
    .filter((item) => item.kind === 'caption')
    .map((item) => item.id);
  const selectedCue = selectedCueOf(doc, selectedIds);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const style = doc.referenceStyle ?? DEFAULT_REFERENCE_STYLE;

  const toggleLink = (cue: CaptionCue, citationId: string, link: boolean) => {
    if (link) store.dispatch(linkInvocations(cue.id, citationId), 'Link source to caption');
    else store.dispatch(unlinkInvocations(doc, cue.id, citationId), 'Unlink source from caption');
  };

  const copyDescription = async () => {
    try {
      await store.idle();
      const { references: list } = await api.call('citations.format', { projectId });
      const text = descriptionText(store.getSnapshot().document.name, list);
      await navigator.clipboard.writeText(text);
      notify({
        tone: 'info',
        title: 'Description copied',
        message: `Title, hashtags and ${list.length} reference(s) are on the clipboard.`,
      });
    } catch (error) {
      notify({
        tone: 'error',
        title: 'Could not copy the description',
        message: describeError(error),
      });
    }
  };

  const editing =
    dialog?.kind === 'form' && dialog.citationId !== undefined
      ? doc.citations.find((citation) => citation.id === dialog.citationId)
      : undefined;

  return (
    <aside className="panel citations-panel" aria-label="Sources">
      <div className="citations-toolbar">
        <div className="citations-toolbar__row">
          <button
            type="button"
            className="btn btn--primary"
            disabled={readOnly}
            onClick={() => setDialog({ kind: 'import' })}
          >
            Paste or import…
          </button>
          <button
            type="button"
            className="btn"
            disabled={readOnly}
            onClick={() => setDialog({ kind: 'form' })}
          >
            Add manually…
          </button>
        </div>
        <div className="citations-toolbar__row">
          <label className="citations-toolbar__style" title="Reference style">
            <select
              className="input"
              value={style}
              disabled={readOnly}
              aria-label="Reference style"
              onChange={(event) => {
                const next = referenceStyleSchema.parse(event.target.value);
                store.dispatch(
                  invocation('citation.setReferenceStyle', {
                    style: next === DEFAULT_REFERENCE_STYLE ? null : next,
                  }),
                );
              }}
            >
              {referenceStyleSchema.options.map((option) => (
                <option key={option} value={option}>
                  {STYLE_LABELS[option]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="btn" onClick={() => void copyDescription()}>
            Copy description
          </button>
        </div>
      </div>
      <CueCitationLinks
        cue={selectedCue}
        citations={doc.citations}
        fps={doc.format.fps}
        readOnly={readOnly}
        onToggle={toggleLink}
      />
      {unplaced > 0 ? (
        <div className="citations-panel__place">
          <span className="muted">{unplaced} linked source(s) without a chip on screen.</span>
          <button
            type="button"
            className="btn"
            disabled={readOnly}
            onClick={() => store.dispatch(invocation('citation.placeChips', {}))}
          >
            Place chips
          </button>
        </div>
      ) : null}
      {references.error !== null ? (
        <p className="citations-panel__error" role="alert">
          References could not be formatted: {references.error}
        </p>
      ) : null}
      {doc.citations.length === 0 ? (
        <div className="citations-panel__empty">
          <p>No sources yet.</p>
          <p className="muted">Paste BibTeX, RIS or CSL-JSON, open a file, or add one by hand.</p>
        </div>
      ) : (
        <ol
          className="citations-panel__list"
          aria-label="Sources"
          aria-busy={references.pending}
          data-style={references.style ?? undefined}
        >
          {inReferenceOrder(doc.citations, references.byId).map((citation) => (
            <CitationRow
              key={citation.id}
              citation={citation}
              reference={references.byId.get(citation.id)}
              doc={doc}
              readOnly={readOnly}
              onEdit={() => setDialog({ kind: 'form', citationId: citation.id })}
              onRemove={() => store.dispatch(removeInvocations(doc, citation.id), 'Remove source')}
            />
          ))}
        </ol>
      )}
      <UncitedClaimsList
        claims={claims}
        fps={doc.format.fps}
        onSelect={(claim) => {
          selection.select({ kind: 'caption', id: claim.cueId });
          clock.seek(claim.start);
        }}
      />
      {dialog?.kind === 'import' ? <CitationImportDialog onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'form' ? (
        <CitationFormDialog
          key={editing?.id ?? 'new'}
          citation={editing}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </aside>
  );
}
