import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ApiProvider, type ApiClient } from '../../../../renderer/api';
import { AppInfoContext, type AppInfo } from '../../../../renderer/app/app-info';
import { NotificationsProvider } from '../../../../renderer/app/notifications';

/** Renders React into the happy-dom document (tests that use it declare that environment). */
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  root: Root;
  unmount(): void;
}

export async function render(element: ReactElement): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  await act(async () => {
    root.render(element);
  });
  return {
    container,
    root,
    unmount() {
      act(() => root.unmount());
      container.remove();
    },
  };
}

export const browserInfo: AppInfo = {
  version: '0.1.0',
  host: 'browser',
  ffmpeg: { path: '/usr/bin/ffmpeg', source: 'PATH' },
  homeDir: '/home/ana',
  userDataDir: '/home/ana/.config/medclip',
  canPickNativeFiles: false,
};

/** The providers the app shell puts around every screen. */
export function withProviders(
  client: ApiClient,
  element: ReactElement,
  info: AppInfo = browserInfo,
): ReactElement {
  return (
    <ApiProvider client={client}>
      <NotificationsProvider>
        <AppInfoContext.Provider value={info}>{element}</AppInfoContext.Provider>
      </NotificationsProvider>
    </ApiProvider>
  );
}

/** Lets pending promises (fake API answers) settle inside act(). */
export async function settle(): Promise<void> {
  await act(async () => {
    for (let index = 0; index < 5; index += 1) await Promise.resolve();
  });
}

export async function click(element: Element | null | undefined): Promise<void> {
  if (!element) throw new Error('nothing to click');
  await act(async () => {
    (element as HTMLElement).click();
  });
  await settle();
}

export async function typeInto(input: Element | null | undefined, value: string): Promise<void> {
  if (!(input instanceof HTMLInputElement)) throw new Error('not an input');
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function byText(
  container: ParentNode,
  selector: string,
  text: string | RegExp,
): HTMLElement | undefined {
  return Array.from(container.querySelectorAll<HTMLElement>(selector)).find((element) =>
    typeof text === 'string'
      ? element.textContent?.includes(text)
      : text.test(element.textContent ?? ''),
  );
}
