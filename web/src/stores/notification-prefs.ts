// The signed-in user's notification settings: e-mail language, kinds not e-mailed, the daily digest.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { request } from '../api/client';
import { NotificationPreferencesQuery, SetNotificationPreferencesMutation } from '../api/notifications';
import type { NotificationPreferencesQuery as PrefsData } from '../api/generated/graphql';

export type NotificationPrefs = PrefsData['notificationPreferences'];

export const useNotificationPrefsStore = defineStore('notificationPrefs', () => {
  const prefs = ref<NotificationPrefs | null>(null);

  async function load(): Promise<NotificationPrefs> {
    prefs.value = (await request(NotificationPreferencesQuery, {})).notificationPreferences;
    return prefs.value;
  }

  async function save(input: { locale: string; emailOff: string[]; dailyDigest: boolean }): Promise<void> {
    prefs.value = (await request(SetNotificationPreferencesMutation, { input })).setNotificationPreferences;
  }

  return { prefs, load, save };
});
