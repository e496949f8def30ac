import {
  EDITOR_ACTIONS,
  type EditorActionId,
  type EditorActionInfo,
} from '../../shared/editor/actions';

/**
 * Keyboard shortcuts of the editor: the catalog's key specs (shared/editor/actions.ts, written
 * `Mod+Shift+Z`) parsed, matched against key events, and written out for the platform. Pure:
 * the one keydown handler (useEditorKeys) and the shortcuts sheet use it.
 */

/** The parts of a KeyboardEvent a shortcut looks at. */
export interface KeyLike {
  key: string;
  /** The physical key (`KeyZ`, `Digit1`): matches letters and digits under Alt or Shift. */
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export interface KeySpec {
  /** A KeyboardEvent.key value (`Space` for the space bar); letters upper case. */
  key: string;
  /** Cmd on macOS, Ctrl elsewhere. */
  mod: boolean;
  /** Ctrl itself on every platform. */
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
}

const MODIFIERS = new Set(['Mod', 'Ctrl', 'Shift', 'Alt']);

export class KeySpecError extends Error {
  constructor(
    readonly spec: string,
    reason: string,
  ) {
    super(`bad key spec "${spec}": ${reason}`);
    this.name = 'KeySpecError';
  }
}

/** `Mod+Shift+Z` → its parts. The key `+` is written `+` or `Mod++`. */
export function parseKeySpec(spec: string): KeySpec {
  const parts = spec.split('+');
  let key: string;
  if (parts.length >= 2 && parts.at(-1) === '' && parts.at(-2) === '') {
    key = '+';
    parts.splice(-2, 2);
  } else {
    key = parts.pop() ?? '';
  }
  if (key === '') throw new KeySpecError(spec, 'no key after the modifiers');
  const parsed: KeySpec = { key, mod: false, ctrl: false, shift: false, alt: false };
  for (const part of parts) {
    if (!MODIFIERS.has(part)) throw new KeySpecError(spec, `unknown modifier "${part}"`);
    if (part === 'Mod') parsed.mod = true;
    else if (part === 'Ctrl') parsed.ctrl = true;
    else if (part === 'Shift') parsed.shift = true;
    else parsed.alt = true;
  }
  if (/^[a-z]$/.test(key)) parsed.key = key.toUpperCase();
  return parsed;
}

const isLetter = (key: string) => /^[A-Za-z]$/.test(key);
const isDigit = (key: string) => /^[0-9]$/.test(key);
/** A printed symbol such as `?` or `+`: whatever Shift state the layout needs to type it. */
const isSymbol = (key: string) => key.length === 1 && !isLetter(key) && !isDigit(key);

function sameKey(event: KeyLike, key: string): boolean {
  if (isLetter(key)) {
    if (isLetter(event.key)) return event.key.toUpperCase() === key;
    // Alt (Option on macOS) turns letters into other characters: the physical key decides.
    return event.code === `Key${key}`;
  }
  if (isDigit(key)) return event.key === key || event.code === `Digit${key}`;
  if (key === 'Space') return event.key === ' ' || event.key === 'Spacebar';
  if (key === 'Escape') return event.key === 'Escape' || event.key === 'Esc';
  return event.key === key;
}

export function matchesKeySpec(event: KeyLike, spec: KeySpec, isMac: boolean): boolean {
  const wantCtrl = spec.ctrl || (spec.mod && !isMac);
  const wantMeta = spec.mod && isMac;
  if (event.ctrlKey !== wantCtrl || event.metaKey !== wantMeta || event.altKey !== spec.alt) {
    return false;
  }
  if (!(isSymbol(spec.key) && !spec.shift) && event.shiftKey !== spec.shift) return false;
  return sameKey(event, spec.key);
}

interface CompiledAction {
  id: EditorActionId;
  specs: KeySpec[];
}

function compile(actions: readonly EditorActionInfo[]): CompiledAction[] {
  return actions.map((action) => ({ id: action.id, specs: action.keys.map(parseKeySpec) }));
}

const catalog = compile(EDITOR_ACTIONS);

/** The catalogued action a key press asks for, or null. */
export function actionForKey(
  event: KeyLike,
  isMac: boolean,
  actions?: readonly EditorActionInfo[],
): EditorActionId | null {
  const compiled = actions === undefined ? catalog : compile(actions);
  for (const action of compiled) {
    if (action.specs.some((spec) => matchesKeySpec(event, spec, isMac))) return action.id;
  }
  return null;
}

/**
 * Actions that repeat while their key is held (stepping, undoing, zooming). Holding any other
 * key runs it once: holding L must not race to 8x, nor Space flicker play and pause.
 */
const REPEATING: ReadonlySet<EditorActionId> = new Set<EditorActionId>([
  'edit.undo',
  'edit.redo',
  'playback.frameBack',
  'playback.frameForward',
  'playback.previousEdit',
  'playback.nextEdit',
  'timeline.zoomIn',
  'timeline.zoomOut',
]);

export function repeatsWhileHeld(id: EditorActionId): boolean {
  return REPEATING.has(id);
}

const MAC_MODIFIERS: [keyof KeySpec, string][] = [
  ['ctrl', '⌃'],
  ['alt', '⌥'],
  ['shift', '⇧'],
  ['mod', '⌘'],
];
const OTHER_MODIFIERS: [keyof KeySpec, string][] = [
  ['mod', 'Ctrl'],
  ['ctrl', 'Ctrl'],
  ['alt', 'Alt'],
  ['shift', 'Shift'],
];

const MAC_KEY_NAMES: Record<string, string> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Backspace: '⌫',
  Delete: '⌦',
  Escape: 'Esc',
  Enter: '↩',
};
const OTHER_KEY_NAMES: Record<string, string> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Escape: 'Esc',
};

/**
 * A key spec as people read it on this platform: `⇧⌘Z` on macOS (symbols in Apple's
 * order, no separators), `Ctrl+Shift+Z` elsewhere.
 */
export function formatKeySpec(spec: string, isMac: boolean): string {
  const parsed = parseKeySpec(spec);
  const names = isMac ? MAC_KEY_NAMES : OTHER_KEY_NAMES;
  const key = names[parsed.key] ?? parsed.key;
  const modifiers = (isMac ? MAC_MODIFIERS : OTHER_MODIFIERS)
    .filter(([flag]) => parsed[flag] === true)
    .map(([, label]) => label);
  const unique = [...new Set(modifiers)];
  return isMac ? [...unique, key].join('') : [...unique, key].join('+');
}

/** The first shortcut of an action for tooltips and menus, or null when it has none. */
export function shortcutLabel(
  id: EditorActionId,
  isMac: boolean,
  actions: readonly EditorActionInfo[] = EDITOR_ACTIONS,
): string | null {
  const first = actions.find((action) => action.id === id)?.keys[0];
  return first === undefined ? null : formatKeySpec(first, isMac);
}

const NON_TEXT_INPUTS = new Set([
  'button',
  'checkbox',
  'radio',
  'range',
  'color',
  'submit',
  'reset',
  'file',
]);

/** Typing in a field keeps its own undo: the editor's shortcuts stay out of the way. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const field = element.closest('input, textarea, select, [contenteditable="true"]');
  if (field === null) return false;
  if (field.tagName === 'INPUT') {
    return !NON_TEXT_INPUTS.has(((field as HTMLInputElement).type || 'text').toLowerCase());
  }
  return true;
}

/**
 * Where editor shortcuts leave a key alone: typing in a field, inside a dialog or a menu (they
 * have keys of their own), and Space on a control Space operates (a checkbox, a select).
 * Space on a plain button plays, as in every editor: Enter still presses buttons.
 */
export function ignoresShortcut(target: EventTarget | null, event: KeyLike): boolean {
  if (isTypingTarget(target)) return true;
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as Element;
  if (element.closest('[role="dialog"], [role="menu"], [role="listbox"], dialog')) return true;
  // A slider owns its arrows, Home, End and Page keys (volume, zoom): they move the slider.
  if (SLIDER_KEYS.has(event.key) && element.closest('input[type="range"], [role="slider"]')) {
    return true;
  }
  const space = event.key === ' ' || event.key === 'Spacebar';
  return space && element.closest('input, select, summary, [role="checkbox"]') !== null;
}

/** Keys a slider (range input) uses itself: they must not reach the editor's shortcuts. */
export const SLIDER_KEYS: ReadonlySet<string> = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

/**
 * What a menu action does while a text field has focus. Undo, Redo and Select All belong to
 * the field (macOS sends Cmd+Z to the menu, not the page, so the menu gives it back); edits of
 * the selection (Delete, Duplicate, …) are skipped, since the person is typing; the rest
 * (Save, Export, History, …) run as usual.
 */
export type MenuActionWhileTyping = 'undo' | 'redo' | 'selectAll' | 'skip' | 'run';

export function menuActionWhileTyping(id: EditorActionId): MenuActionWhileTyping {
  if (id === 'edit.undo') return 'undo';
  if (id === 'edit.redo') return 'redo';
  if (id === 'edit.selectAll') return 'selectAll';
  if (id.startsWith('edit.')) return 'skip';
  return 'run';
}

export function isMacPlatform(nav: Pick<Navigator, 'userAgent'> | undefined): boolean {
  return /Mac|iPhone|iPad/.test(nav?.userAgent ?? '');
}
