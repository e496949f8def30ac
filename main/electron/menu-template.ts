import {
  EDITOR_ACTIONS,
  type ActionMenu,
  type EditorActionId,
  type EditorActionInfo,
} from '../../shared/editor/actions';

/**
 * The application menu as plain data, built from the editor's action catalog: one item per
 * catalogued action under its menu, its first key as the accelerator, clicking it sends the
 * action to the renderer (which runs it like its shortcut). No Electron import here, so it can
 * be tested without the Electron binary; menu.ts hands the result to Menu.buildFromTemplate.
 */

/** The subset of Electron's MenuItemConstructorOptions used here (structurally the same). */
export interface MenuTemplateItem {
  label?: string;
  id?: string;
  role?:
    | 'appMenu'
    | 'close'
    | 'quit'
    | 'cut'
    | 'copy'
    | 'paste'
    | 'resetZoom'
    | 'zoomIn'
    | 'zoomOut'
    | 'togglefullscreen'
    | 'windowMenu';
  type?: 'separator';
  accelerator?: string;
  /** False shows the accelerator without registering it (Windows and Linux only). */
  registerAccelerator?: boolean;
  click?: () => void;
  submenu?: MenuTemplateItem[];
}

const NAMED_KEYS: Record<string, string> = {
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  Space: 'Space',
  Escape: 'Esc',
  Enter: 'Return',
  Tab: 'Tab',
  Backspace: 'Backspace',
  Delete: 'Delete',
  Insert: 'Insert',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  '+': 'Plus',
};

const MODIFIER_ACCELERATORS: Record<string, string> = {
  Mod: 'CmdOrCtrl',
  Ctrl: 'Ctrl',
  Alt: 'Alt',
  Shift: 'Shift',
};

/**
 * A catalog key spec (`Mod+Shift+Z`) as an Electron accelerator (`CmdOrCtrl+Shift+Z`), or
 * null for a key Electron cannot express.
 */
export function toAccelerator(spec: string): string | null {
  const tokens = spec.split('+');
  let key: string;
  if (tokens.length >= 2 && tokens.at(-1) === '' && tokens.at(-2) === '') {
    // The `+` key itself: `+` or `Mod++`.
    key = '+';
    tokens.splice(-2, 2);
  } else {
    key = tokens.pop() ?? '';
  }
  const modifiers: string[] = [];
  for (const token of tokens) {
    const modifier = MODIFIER_ACCELERATORS[token];
    if (modifier === undefined) return null;
    modifiers.push(modifier);
  }
  let name: string | null = NAMED_KEYS[key] ?? null;
  if (name === null && /^F([1-9]|1[0-9]|2[0-4])$/.test(key)) name = key;
  if (name === null && /^[A-Za-z0-9]$/.test(key)) name = key.toUpperCase();
  // Printable punctuation Electron knows by its character.
  if (name === null && /^[-=[\]\\;',./`~!@#$%^&*()_{}|:"<>?]$/.test(key)) name = key;
  if (name === null) return null;
  return [...modifiers, name].join('+');
}

/** True for a key without Cmd/Ctrl/Alt: typing it into a text field must reach the field. */
export function isPlainKey(spec: string): boolean {
  const tokens = spec.split('+');
  return !tokens.includes('Mod') && !tokens.includes('Ctrl') && !tokens.includes('Alt');
}

const MENU_ORDER: readonly ActionMenu[] = ['File', 'Edit', 'Timeline', 'Playback', 'View', 'Help'];

/** Where a menu starts a new group of items. */
const SEPARATE_BEFORE: ReadonlySet<EditorActionId> = new Set<EditorActionId>([
  'edit.delete',
  'edit.selectAll',
  'timeline.zoomIn',
  'timeline.toggleSnapping',
  'keyframe.toggle',
  'playback.shuttleBack',
  'playback.frameBack',
  'playback.previousEdit',
  'playback.start',
  'playback.markIn',
  'view.canvasFit',
  'view.history',
]);

export interface MenuTemplateOptions {
  /** process.platform */
  platform: string;
  /** Sends the action to the renderer. */
  send: (id: EditorActionId) => void;
  actions?: readonly EditorActionInfo[];
}

function actionItem(
  action: EditorActionInfo,
  { platform, send }: MenuTemplateOptions,
): MenuTemplateItem {
  const item: MenuTemplateItem = {
    id: action.id,
    label: action.label,
    click: () => send(action.id),
  };
  const spec = action.keys[0];
  const accelerator = spec === undefined ? null : toAccelerator(spec);
  if (spec === undefined || accelerator === null) return item;
  if (isPlainKey(spec)) {
    // macOS would take a plain key from a focused text field: there the renderer handles it
    // alone. Elsewhere the menu shows it without registering it, for the same reason.
    if (platform === 'darwin') return item;
    return { ...item, accelerator, registerAccelerator: false };
  }
  return { ...item, accelerator };
}

/** Items a menu gets besides its catalogued actions (clipboard, zoom, quit). */
function extras(
  menu: ActionMenu,
  platform: string,
): {
  before: MenuTemplateItem[];
  after: MenuTemplateItem[];
} {
  const separator: MenuTemplateItem = { type: 'separator' };
  switch (menu) {
    case 'File':
      return {
        before: [],
        after: [separator, platform === 'darwin' ? { role: 'close' } : { role: 'quit' }],
      };
    case 'Edit':
      // Text fields need the clipboard roles (on macOS their shortcuts live in the menu).
      return {
        before: [],
        after: [separator, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }],
      };
    case 'View':
      return {
        before: [],
        after: [
          separator,
          { role: 'resetZoom' },
          { role: 'zoomIn' },
          { role: 'zoomOut' },
          separator,
          { role: 'togglefullscreen' },
        ],
      };
    default:
      return { before: [], after: [] };
  }
}

export function buildMenuTemplate(options: MenuTemplateOptions): MenuTemplateItem[] {
  const actions = options.actions ?? EDITOR_ACTIONS;
  const menus: MenuTemplateItem[] = [];
  if (options.platform === 'darwin') menus.push({ role: 'appMenu' });
  for (const menu of MENU_ORDER) {
    const own = actions.filter((action) => action.menu === menu);
    if (own.length === 0) continue;
    const { before, after } = extras(menu, options.platform);
    const items: MenuTemplateItem[] = [...before];
    for (const action of own) {
      if (SEPARATE_BEFORE.has(action.id) && items.length > 0) items.push({ type: 'separator' });
      items.push(actionItem(action, options));
    }
    items.push(...after);
    menus.push({ label: menu, submenu: items });
  }
  return menus;
}
