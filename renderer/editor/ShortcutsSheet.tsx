import type { ReactElement } from 'react';
import {
  EDITOR_ACTIONS,
  type ActionMenu,
  type EditorActionInfo,
} from '../../shared/editor/actions';
import { Modal } from '../app/ui/Modal';
import { formatKeySpec } from './shortcuts';
import './shortcuts-sheet.css';

const MENU_ORDER: readonly ActionMenu[] = ['File', 'Edit', 'Timeline', 'Playback', 'View', 'Help'];

/** The catalog grouped by menu, in menu order, each group in catalog order. */
export function shortcutGroups(
  actions: readonly EditorActionInfo[] = EDITOR_ACTIONS,
): { menu: ActionMenu; actions: EditorActionInfo[] }[] {
  return MENU_ORDER.map((menu) => ({
    menu,
    actions: actions.filter((action) => action.menu === menu),
  })).filter((group) => group.actions.length > 0);
}

/** Every editor action with its shortcuts written for this platform (?, or Help menu). */
export function ShortcutsSheet({
  isMac,
  onClose,
}: {
  isMac: boolean;
  onClose: () => void;
}): ReactElement {
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose} width={760}>
      <div className="shortcuts-sheet" data-testid="shortcuts-sheet">
        {shortcutGroups().map((group) => (
          <section key={group.menu} className="shortcuts-sheet__group" aria-label={group.menu}>
            <h3>{group.menu}</h3>
            <dl>
              {group.actions.map((action) => (
                <div key={action.id} className="shortcuts-sheet__row" data-action={action.id}>
                  <dt>{action.label.replace(/…$/, '')}</dt>
                  <dd>
                    {action.keys.length === 0 ? (
                      <span className="shortcuts-sheet__none">—</span>
                    ) : (
                      action.keys.map((spec, index) => (
                        <span key={spec}>
                          {index > 0 ? <span className="shortcuts-sheet__or">or</span> : null}
                          <kbd>{formatKeySpec(spec, isMac)}</kbd>
                        </span>
                      ))
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Modal>
  );
}
