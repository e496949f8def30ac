import type { ReactElement } from 'react';
import { ApiProvider, type ApiClient } from '../api';
import { AppShell } from './AppShell';
import { ErrorBoundary } from './ErrorBoundary';
import { NotificationsProvider } from './notifications';

export function App({ client }: { client: ApiClient }): ReactElement {
  return (
    <ErrorBoundary>
      <ApiProvider client={client}>
        <NotificationsProvider>
          <AppShell />
        </NotificationsProvider>
      </ApiProvider>
    </ErrorBoundary>
  );
}
