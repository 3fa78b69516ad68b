// The signed-in user's bell: the newest notifications, the unread count kept live over the websocket, mark read.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { request } from '../api/client';
import {
  MarkNotificationsReadMutation,
  NOTIFICATIONS_CHANGED_SUBSCRIPTION,
  NotificationsQuery,
} from '../api/notifications';
import type { NotificationsQuery as NotificationsData } from '../api/generated/graphql';
import { subscribe } from '../api/subscriptions';
import { useAuthStore } from './auth';

export type NotificationItem = NotificationsData['notifications']['edges'][number]['node'];

export const useNotificationsStore = defineStore('notifications', () => {
  /** The newest notifications, newest first. */
  const items = ref<NotificationItem[]>([]);
  /** Unread notifications in all (not only the ones loaded). */
  const unreadCount = ref(0);
  /** Whether the live link is up. */
  const live = ref(false);

  async function load(): Promise<void> {
    const data = await request(NotificationsQuery, { first: 20 });
    items.value = data.notifications.edges.map((edge) => edge.node);
    unreadCount.value = data.notifications.unreadCount;
  }

  async function markRead(ids: string[]): Promise<void> {
    if (!ids.length) return;
    await request(MarkNotificationsReadMutation, { ids });
    await load();
  }

  function markAllRead(): Promise<void> {
    return markRead(items.value.filter((item) => !item.read).map((item) => item.id));
  }

  let stopLive: (() => void) | null = null;
  /** Follows `notificationsChanged`: a new count reloads the list (a reconnect, which may have missed some, too). */
  function start(): void {
    if (stopLive) return;
    const auth = useAuthStore();
    void load().catch(() => undefined);
    let connectedBefore = false;
    stopLive = subscribe<{ notificationsChanged: { unreadCount: number } }>(
      NOTIFICATIONS_CHANGED_SUBSCRIPTION,
      () => auth.token,
      {
        next: (data) => {
          unreadCount.value = data.notificationsChanged.unreadCount;
          void load().catch(() => undefined);
        },
        status: (connected) => {
          live.value = connected;
          // The first connection follows the load above; a reconnect may have missed some, so it reloads.
          if (connected && connectedBefore) void load().catch(() => undefined);
          if (connected) connectedBefore = true;
        },
        error: () => {
          live.value = false;
        },
      },
    );
  }

  function stop(): void {
    stopLive?.();
    stopLive = null;
    live.value = false;
    items.value = [];
    unreadCount.value = 0;
  }

  return { items, unreadCount, live, load, markRead, markAllRead, start, stop };
});
