// A tiny graphql-ws ("graphql-transport-ws") client for the Mercurius websocket at /graphql: one socket,
// authenticated in `connection_init`, re-opened with backoff after a drop. Enough for "something changed,
// refetch" notifications; no new package.

interface SubscriptionHandlers<T> {
  next(data: T): void;
  /** The server refused the subscription (e.g. FORBIDDEN); it is not retried. */
  error?(code: string, message: string): void;
  /** The socket is (re)connected and the subscription is registered; or the connection dropped. */
  status?(connected: boolean): void;
}

interface ServerMessage {
  type: string;
  id?: string;
  payload?: unknown;
}

const MAX_BACKOFF_MS = 15_000;

function socketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
}

/**
 * Subscribes to one operation; returns the function that stops it and closes the socket. The socket is closed
 * while the page is hidden for the back/forward cache (Chromium does not keep a page with an open WebSocket there)
 * and opened again when the page is shown from it; a reconnect reports `status(true)`, so callers refetch.
 */
export function subscribe<T>(
  query: string,
  getToken: () => string | null,
  handlers: SubscriptionHandlers<T>,
): () => void {
  let socket: WebSocket | null = null;
  let stopped = false;
  let attempt = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** The page is in (or on its way into) the back/forward cache: no socket, no retries. */
  let suspended = false;

  const open = () => {
    if (stopped || suspended) return;
    const ws = new WebSocket(socketUrl(), 'graphql-transport-ws');
    socket = ws;
    ws.addEventListener('open', () => {
      const token = getToken();
      ws.send(JSON.stringify({ type: 'connection_init', payload: token ? { authorization: `Bearer ${token}` } : {} }));
    });
    ws.addEventListener('message', (event: MessageEvent<string>) => {
      let message: ServerMessage;
      try {
        message = JSON.parse(event.data) as ServerMessage;
      } catch {
        return;
      }
      if (message.type === 'connection_ack') {
        attempt = 0;
        ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
        handlers.status?.(true);
      } else if (message.type === 'ping') {
        ws.send(JSON.stringify({ type: 'pong' }));
      } else if (message.type === 'next' && message.id === '1') {
        const payload = message.payload as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
        if (payload.data) handlers.next(payload.data);
      } else if (message.type === 'error' && message.id === '1') {
        const first = (message.payload as { message: string; extensions?: { code?: string } }[] | undefined)?.[0];
        handlers.error?.(first?.extensions?.code ?? 'INTERNAL', first?.message ?? 'Subscription refused');
        stopped = true;
        ws.close();
      } else if (message.type === 'connection_error') {
        handlers.error?.('UNAUTHENTICATED', 'The live connection was refused');
        stopped = true;
        ws.close();
      }
    });
    ws.addEventListener('close', () => {
      if (socket !== ws) return; // closed for the back/forward cache, maybe already replaced
      handlers.status?.(false);
      if (stopped || suspended) return;
      const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** attempt++);
      retryTimer = setTimeout(open, delay);
    });
  };

  const onPageHide = () => {
    suspended = true;
    clearTimeout(retryTimer);
    const closing = socket;
    socket = null;
    closing?.close();
    if (closing) handlers.status?.(false);
  };
  const onPageShow = (event: PageTransitionEvent) => {
    if (!event.persisted || !suspended) return;
    suspended = false;
    attempt = 0;
    open();
  };
  window.addEventListener('pagehide', onPageHide);
  window.addEventListener('pageshow', onPageShow);

  // The socket opens in a task of its own: a page subscribes while it mounts, and a phone's first socket costs it
  // tens of milliseconds that should not lengthen the page's first render.
  retryTimer = setTimeout(open, 0);
  return () => {
    stopped = true;
    clearTimeout(retryTimer);
    window.removeEventListener('pagehide', onPageHide);
    window.removeEventListener('pageshow', onPageShow);
    socket?.close();
  };
}
