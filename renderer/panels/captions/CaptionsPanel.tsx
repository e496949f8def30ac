import { useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import type { CaptionProblem } from '../../../shared/captions/checks';
import { countMatches, cuesInTimeOrder } from '../../../shared/commands/caption-text';
import type { CaptionCue } from '../../../shared/model';
import { formatFrameTimecode } from '../../canvas/timecode';
import { useEditorServices } from '../../editor/editor-context';
import { useSelection } from '../../editor/selection';
import { useEditorSnapshot } from '../../editor/useDocumentStore';
import { usePlayheadValue } from '../inspector/usePlayhead';
import { captionProblemsOf, PROBLEM_LABELS } from './caption-problems';
import { CaptionRulesRow } from './CaptionRulesRow';
import { CaptionsToolbar } from './CaptionsToolbar';
import { CueRow, type CueRowHandlers } from './CueRow';
import { EMPTY_FIND, FindReplaceBar, type FindState } from './FindReplaceBar';
import { selectedCueOf, useCaptionCommands } from './useCaptionCommands';
import './captions-panel.css';

const NO_PROBLEMS: readonly CaptionProblem[] = [];

/** The id of the cue on screen at `timeMs` (the latest-starting one when cues overlap). */
function cueAt(cues: readonly CaptionCue[], timeMs: number): string | null {
  let found: CaptionCue | null = null;
  for (const cue of cues) {
    if (cue.start <= timeMs && timeMs < cue.end && (found === null || cue.start >= found.start)) {
      found = cue;
    }
  }
  return found?.id ?? null;
}

/**
 * The captions panel: every cue in time order with its time range, text and problems; inline
 * text editing; add at the playhead, split at the text cursor, merge, nudge by a frame; find
 * and replace; the problems list. Every change is a command through the document store.
 * Until it is first shown (`listed` false) it builds its toolbar and caption shortcuts but not
 * the cue and problem lists: hundreds of elements that opening a project should not wait for.
 */
export function CaptionsPanel({ listed = true }: { listed?: boolean }): ReactElement {
  const services = useEditorServices();
  const { store, selection, clock } = services;
  const snapshot = useEditorSnapshot(store);
  const doc = snapshot.document;
  const readOnly = snapshot.readOnly;
  const fps = doc.format.fps;
  const cues = useMemo(() => cuesInTimeOrder(doc.tracks.captions), [doc.tracks.captions]);
  const problems = captionProblemsOf(doc);
  const selectedIds = useSelection(selection)
    .filter((item) => item.kind === 'caption')
    .map((item) => item.id);
  const selectedCue = selectedCueOf(doc, selectedIds);
  const activeId = usePlayheadValue(clock, fps, (timeMs) => cueAt(cues, timeMs));
  const [editingId, setEditingId] = useState<string | null>(null);
  const [find, setFind] = useState<FindState | null>(null);
  const [problemsOpen, setProblemsOpen] = useState(true);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const focusCue = (id: string, edit: boolean) => {
    selection.select({ kind: 'caption', id });
    if (edit) setEditingId(id);
  };
  const commands = useCaptionCommands(services, selectedCue, (id) => focusCue(id, true));

  // The cue under the playhead, or else the selected one, stays in view as the playhead moves.
  const followId = activeId ?? selectedCue?.id ?? null;
  const findOpen = find !== null;
  useEffect(() => {
    if (followId === null || editingId !== null) return;
    const rows = Array.from(listRef.current?.children ?? []) as HTMLElement[];
    rows.find((row) => row.dataset.id === followId)?.scrollIntoView?.({ block: 'nearest' });
    // Opening or closing the find bar resizes the list: scroll again then too.
  }, [followId, editingId, findOpen]);

  // Undo can remove the cue being edited.
  if (editingId !== null && !doc.tracks.captions.some((cue) => cue.id === editingId)) {
    setEditingId(null);
  }

  const goTo = (cueId: string, timeMs: number) => {
    selection.select({ kind: 'caption', id: cueId });
    clock.seek(timeMs);
  };
  const handlers: CueRowHandlers = {
    onSelect: (cue) => goTo(cue.id, cue.start),
    onStartEdit: (cue) => focusCue(cue.id, true),
    onCommitText: (cue, text) => {
      commands.commitText(cue, text);
      setEditingId(null);
    },
    onCancelEdit: () => setEditingId(null),
    onSplit: (cue, draft, offset) => {
      const second = commands.split(cue, draft, offset);
      setEditingId(null);
      if (second !== null) focusCue(second, false);
    },
    onProblem: (problem) => goTo(problem.cueId, problem.timeMs),
  };

  const editingCue = doc.tracks.captions.find((cue) => cue.id === editingId);
  const target = editingCue ?? selectedCue;
  const findActive = find !== null && find.find !== '';
  const matchesOf = (cue: CaptionCue) => (findActive && find ? countMatches(cue.text, find) : 0);
  const matchCounts = cues.map(matchesOf);
  const matchTotal = matchCounts.reduce((sum, count) => sum + count, 0);

  return (
    <aside className="panel captions-panel" aria-label="Captions">
      <CaptionsToolbar
        readOnly={readOnly}
        target={target}
        editing={editingCue !== undefined}
        findOpen={findOpen}
        onAdd={() => {
          const id = commands.addAtPlayhead();
          if (id !== null) focusCue(id, true);
        }}
        onSplit={() => {
          const field = textareaRef.current;
          if (editingCue === undefined || field === null) return;
          handlers.onSplit(editingCue, field.value, field.selectionStart);
        }}
        onMerge={() => {
          if (target === undefined) return;
          setEditingId(null);
          commands.merge(target);
        }}
        onNudge={(edge, frames) => {
          if (target !== undefined) commands.nudge(target, edge, frames);
        }}
        onToggleFind={() => setFind(find === null ? EMPTY_FIND : null)}
      />
      {find === null ? null : (
        <FindReplaceBar
          state={find}
          onChange={setFind}
          matchCount={matchTotal}
          cueCount={matchCounts.filter((count) => count > 0).length}
          readOnly={readOnly}
          onReplaceAll={() => commands.replaceAll(find, find.replace)}
          onClose={() => setFind(null)}
        />
      )}
      {!listed ? null : cues.length === 0 ? (
        <div className="captions-panel__empty">
          <p>No captions yet.</p>
          <p className="muted">
            Add one at the playhead (Shift+C) or import an SRT or WebVTT file.
          </p>
        </div>
      ) : (
        <ol className="captions-panel__list" ref={listRef} aria-label="Caption cues">
          {cues.map((cue, index) => (
            <CueRow
              key={cue.id}
              cue={cue}
              index={index}
              fps={fps}
              selected={selectedIds.includes(cue.id)}
              active={cue.id === activeId}
              editing={cue.id === editingId}
              matches={matchCounts[index] ?? 0}
              problems={problems.byCue.get(cue.id) ?? NO_PROBLEMS}
              readOnly={readOnly}
              textareaRef={textareaRef}
              handlers={handlers}
            />
          ))}
        </ol>
      )}
      {listed ? (
        <details
          className="captions-panel__problems"
          aria-label="Caption problems"
          open={problemsOpen}
          onToggle={(event) => setProblemsOpen(event.currentTarget.open)}
        >
          <summary>
            Problems <span className="panel__count">{problems.all.length}</span>
          </summary>
          <CaptionRulesRow rules={doc.captionRules} store={store} readOnly={readOnly} />
          {problems.all.length === 0 ? (
            <p className="muted">Every caption passes the readability checks.</p>
          ) : (
            <ul>
              {problems.all.map((problem, at) => (
                <li key={`${problem.cueId}-${problem.type}-${at}`}>
                  <button
                    type="button"
                    className="cue-problem"
                    data-testid="caption-problem"
                    data-cue-id={problem.cueId}
                    data-problem-type={problem.type}
                    onClick={() => handlers.onProblem(problem)}
                  >
                    <span className="cue-problem__time">
                      {formatFrameTimecode(problem.timeMs, fps)}
                    </span>
                    <span className="cue-problem__type">{PROBLEM_LABELS[problem.type]}</span>
                    <span className="cue-problem__message">{problem.message}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </details>
      ) : null}
    </aside>
  );
}
