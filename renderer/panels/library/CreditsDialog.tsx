import { useEffect, useState, type ReactElement } from 'react';
import type { Credit } from '../../../shared/api/calls/library';
import { useApi } from '../../api';
import { describeError } from '../../app/errors';
import { Modal } from '../../app/ui/Modal';

type CreditsState =
  | { status: 'loading' }
  | { status: 'ready'; credits: Credit[] }
  | { status: 'error'; message: string };

/**
 * About the bundled art and fonts: who made them, under which licence, with the licence text
 * as the installed package ships it.
 */
export function CreditsDialog({ onClose }: { onClose: () => void }): ReactElement {
  const api = useApi();
  const [state, setState] = useState<CreditsState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    api.call('library.credits', {}).then(
      ({ credits }) => live && setState({ status: 'ready', credits }),
      (error: unknown) => live && setState({ status: 'error', message: describeError(error) }),
    );
    return () => {
      live = false;
    };
  }, [api]);

  return (
    <Modal title="About the icons and fonts" onClose={onClose} width={620}>
      <div className="credits" data-testid="credits">
        <p className="credits__intro">
          MedClip Studio bundles these open-licensed assets. Icons: Health Icons (healthicons.org),
          a project of Resolve to Save Lives, free for any use under the MIT licence.
        </p>
        {state.status === 'loading' ? <p>Loading…</p> : null}
        {state.status === 'error' ? (
          <p role="alert" className="credits__error">
            Could not read the credits: {state.message}
          </p>
        ) : null}
        {state.status === 'ready' ? (
          <ul className="credits__list">
            {state.credits.map((credit) => (
              <li
                key={credit.packageName}
                className="credits__item"
                data-package={credit.packageName}
              >
                <div className="credits__head">
                  <strong>{credit.name}</strong>
                  <span className="credits__license">{credit.license}</span>
                </div>
                <div className="credits__meta">
                  {credit.usedFor} · {credit.packageName} {credit.version}
                  {credit.homepage === undefined ? null : <> · {credit.homepage}</>}
                </div>
                {credit.licenseText === '' ? null : (
                  <details>
                    <summary>Licence text</summary>
                    <pre className="credits__text">{credit.licenseText}</pre>
                  </details>
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </Modal>
  );
}
