import type { ProjectDocument } from '../model/document';
import type { CommandInvocation } from './define';
import {
  assertValidResult,
  coalesceKeyOf,
  commandLabel,
  isUndoable,
  performInvocations,
} from './registry';

/** One entry in the undo history: what was done and how to take it back. */
export interface HistoryStep {
  readonly label: string;
  readonly forward: readonly CommandInvocation[];
  /** Applied in order to undo (the last change's inverse first). */
  readonly inverse: readonly CommandInvocation[];
  /** False when a part records the outside world (not kept in history). */
  readonly undoable: boolean;
  /** Consecutive steps with the same key merge (typing in a field, dragging a slider). */
  readonly coalesceKey?: string;
}

export interface TransactionOptions {
  /** Overrides the key taken from a single-command transaction. */
  coalesceKey?: string;
}

/**
 * Applies `invocations` as one change: all or nothing, validated once at the end (so a drag may
 * pass through in-between states), and recorded as one undo step.
 */
export function applyTransaction(
  doc: ProjectDocument,
  invocations: readonly CommandInvocation[],
  label?: string,
  options: TransactionOptions = {},
): { doc: ProjectDocument; step: HistoryStep } {
  const outcome = performInvocations(doc, invocations);
  const [first] = invocations;
  if (first !== undefined)
    assertValidResult(outcome.doc, invocations.length === 1 ? first.name : 'transaction');
  const coalesceKey =
    options.coalesceKey ??
    (first !== undefined && invocations.length === 1 ? coalesceKeyOf(first) : undefined);
  const step: HistoryStep = {
    label: label ?? (first === undefined ? 'Nothing' : commandLabel(first)),
    forward: [...invocations],
    inverse: outcome.inverses,
    undoable: invocations.every(isUndoable),
    ...(coalesceKey === undefined ? {} : { coalesceKey }),
  };
  return { doc: outcome.doc, step };
}

function runSteps(
  doc: ProjectDocument,
  invocations: readonly CommandInvocation[],
): ProjectDocument {
  const outcome = performInvocations(doc, invocations);
  assertValidResult(outcome.doc, 'history');
  return outcome.doc;
}

export interface HistoryOptions {
  /** Oldest steps are dropped beyond this many. */
  limit?: number;
}

const DEFAULT_HISTORY_LIMIT = 500;

/**
 * Undo and redo stacks as an immutable value: every method returns a new History. It holds
 * invocations, never documents, so it is cheap to keep and to persist.
 */
export class History {
  private constructor(
    readonly undoStack: readonly HistoryStep[],
    readonly redoStack: readonly HistoryStep[],
    readonly limit: number,
    /** Set after undo/redo or `seal()`: the next step starts fresh rather than merging. */
    private readonly sealed: boolean,
  ) {}

  static empty(options: HistoryOptions = {}): History {
    const limit = options.limit ?? DEFAULT_HISTORY_LIMIT;
    if (!Number.isInteger(limit) || limit < 1) {
      throw new RangeError(`history limit must be a positive integer, got ${limit}`);
    }
    return new History([], [], limit, false);
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** Label of the step Undo would take back, e.g. "Move clip". */
  get undoLabel(): string | undefined {
    return this.undoStack.at(-1)?.label;
  }

  get redoLabel(): string | undefined {
    return this.redoStack.at(-1)?.label;
  }

  /** For a history panel: done steps oldest first, then undone steps next-to-redo first. */
  get labels(): { done: string[]; undone: string[] } {
    return {
      done: this.undoStack.map((step) => step.label),
      undone: [...this.redoStack].reverse().map((step) => step.label),
    };
  }

  /**
   * Adds a step that was just applied and clears redo. Steps that are not undoable or change
   * nothing leave history as it is.
   */
  record(step: HistoryStep): History {
    if (!step.undoable || step.forward.length === 0) return this;
    const top = this.undoStack.at(-1);
    if (
      !this.sealed &&
      top !== undefined &&
      step.coalesceKey !== undefined &&
      top.coalesceKey === step.coalesceKey
    ) {
      const merged: HistoryStep = {
        ...top,
        forward: [...top.forward, ...step.forward],
        inverse: [...step.inverse, ...top.inverse],
      };
      return new History([...this.undoStack.slice(0, -1), merged], [], this.limit, false);
    }
    const undo = [...this.undoStack, step].slice(-this.limit);
    return new History(undo, [], this.limit, false);
  }

  /** The next step will not merge into the current top step (e.g. a text field lost focus). */
  seal(): History {
    return this.sealed ? this : new History(this.undoStack, this.redoStack, this.limit, true);
  }

  /** Applies `invocations` as one step and records it. */
  apply(
    doc: ProjectDocument,
    invocations: CommandInvocation | readonly CommandInvocation[],
    label?: string,
    options?: TransactionOptions,
  ): { doc: ProjectDocument; history: History; step: HistoryStep } {
    const list = Array.isArray(invocations) ? invocations : [invocations as CommandInvocation];
    const result = applyTransaction(doc, list, label, options);
    return { doc: result.doc, history: this.record(result.step), step: result.step };
  }

  /** Takes back the last step; with nothing to undo, returns the same document and history. */
  undo(doc: ProjectDocument): { doc: ProjectDocument; history: History } {
    const step = this.undoStack.at(-1);
    if (step === undefined) return { doc, history: this };
    const undone = runSteps(doc, step.inverse);
    return {
      doc: undone,
      history: new History(
        this.undoStack.slice(0, -1),
        [...this.redoStack, step],
        this.limit,
        true,
      ),
    };
  }

  /** Applies the last undone step again. */
  redo(doc: ProjectDocument): { doc: ProjectDocument; history: History } {
    const step = this.redoStack.at(-1);
    if (step === undefined) return { doc, history: this };
    const redone = runSteps(doc, step.forward);
    return {
      doc: redone,
      history: new History(
        [...this.undoStack, step],
        this.redoStack.slice(0, -1),
        this.limit,
        true,
      ),
    };
  }
}
