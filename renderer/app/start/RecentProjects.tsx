import { useEffect, useState, type ReactElement } from 'react';
import type { ApiResponse } from '../../../shared/api';
import { useApi } from '../../api';
import { describeError } from '../errors';
import { formatDateTime } from '../format';
import { Icon } from '../ui/icons';

type RecentProject = ApiResponse<'project.recent'>['projects'][number];

/** Recently opened projects; files that have gone missing are listed but cannot be opened. */
export function RecentProjects({
  busy,
  onOpen,
}: {
  busy: boolean;
  onOpen: (path: string) => void;
}): ReactElement {
  const api = useApi();
  const [projects, setProjects] = useState<RecentProject[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    api.call('project.recent', {}).then(
      (result) => {
        if (!cancelled) setProjects(result.projects);
      },
      (err: unknown) => {
        if (!cancelled) setError(describeError(err));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api]);

  return (
    <section className="recent" aria-labelledby="recent-heading">
      <h3 id="recent-heading">Recent projects</h3>
      {error ? <p className="field__error">{error}</p> : null}
      {projects === null && !error ? <p className="muted">Loading…</p> : null}
      {projects?.length === 0 ? (
        <p className="recent__empty muted">Projects you create or open will be listed here.</p>
      ) : null}
      {projects && projects.length > 0 ? (
        <ul className="recent__list">
          {projects.map((project) => (
            <li key={project.path}>
              <button
                type="button"
                className="recent__item"
                disabled={busy || !project.exists}
                aria-disabled={!project.exists}
                title={project.exists ? project.path : `Not found: ${project.path}`}
                onClick={() => onOpen(project.path)}
              >
                <Icon name="film" size={20} />
                <span className="recent__text">
                  <span className="recent__name">
                    {project.name}
                    {project.exists ? null : <span className="badge badge--warning">Missing</span>}
                  </span>
                  <span className="recent__path mono">{project.path}</span>
                </span>
                <span className="recent__date">{formatDateTime(project.openedAt)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
