import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactElement,
  type ReactNode,
} from 'react';
import { Icon } from './ui/icons';

export type NotificationTone = 'error' | 'info' | 'success';

export interface Notification {
  id: number;
  tone: NotificationTone;
  title: string;
  message?: string;
}

export type Notify = (notification: Omit<Notification, 'id'>) => void;

/** Errors stay until dismissed; other notices fade after a few seconds. */
const AUTO_DISMISS_MS = 5000;
const MAX_VISIBLE = 6;

const NotifyContext = createContext<Notify | null>(null);

export function NotificationsProvider({ children }: { children: ReactNode }): ReactElement {
  const [items, setItems] = useState<Notification[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => {
    setItems((current) => current.filter((item) => item.id !== id));
  }, []);

  const notify = useCallback<Notify>((notification) => {
    const id = nextId.current++;
    setItems((current) => [...current, { ...notification, id }].slice(-MAX_VISIBLE));
  }, []);

  return (
    <NotifyContext.Provider value={notify}>
      {children}
      <NotificationList items={items} onDismiss={dismiss} />
    </NotifyContext.Provider>
  );
}

export function useNotify(): Notify {
  const notify = useContext(NotifyContext);
  if (!notify) throw new Error('useNotify() needs a <NotificationsProvider> above it.');
  return notify;
}

function NotificationItem({
  item,
  onDismiss,
}: {
  item: Notification;
  onDismiss: (id: number) => void;
}): ReactElement {
  useEffect(() => {
    if (item.tone === 'error') return undefined;
    const timer = setTimeout(() => onDismiss(item.id), AUTO_DISMISS_MS);
    return () => clearTimeout(timer);
  }, [item, onDismiss]);

  return (
    <li className={`toast toast--${item.tone}`} role={item.tone === 'error' ? 'alert' : 'status'}>
      <span className="toast__icon">
        <Icon name={item.tone === 'error' ? 'warning' : 'check'} />
      </span>
      <div className="toast__text">
        <p className="toast__title">{item.title}</p>
        {item.message ? <p className="toast__message">{item.message}</p> : null}
      </div>
      <button
        type="button"
        className="btn btn--ghost btn--icon toast__close"
        aria-label="Dismiss"
        onClick={() => onDismiss(item.id)}
      >
        <Icon name="close" />
      </button>
    </li>
  );
}

function NotificationList({
  items,
  onDismiss,
}: {
  items: Notification[];
  onDismiss: (id: number) => void;
}): ReactElement {
  const ordered = useMemo(() => [...items].reverse(), [items]);
  return (
    <ol className="toasts" aria-label="Notifications">
      {ordered.map((item) => (
        <NotificationItem key={item.id} item={item} onDismiss={onDismiss} />
      ))}
    </ol>
  );
}
