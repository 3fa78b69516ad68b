// The session: the bearer token (kept across reloads) and the signed-in user.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { request } from '../api/client';
import { LoginMutation, LogoutMutation, MeQuery } from '../api/users';
import type { Role, SessionUserFieldsFragment } from '../api/generated/graphql';

const TOKEN_KEY = 'launchpad.token';

type SessionUser = SessionUserFieldsFragment;

export const useAuthStore = defineStore('auth', () => {
  /** Bearer token from `login`; persisted in localStorage. */
  const token = ref<string | null>(localStorage.getItem(TOKEN_KEY));
  /** The signed-in user, loaded from `me` at start and set by `signIn`. */
  const me = ref<SessionUser | null>(null);

  const role = computed<Role | null>(() => me.value?.role ?? null);
  const isSignedIn = computed(() => token.value !== null && me.value !== null);

  function setToken(value: string | null): void {
    token.value = value;
    if (value) localStorage.setItem(TOKEN_KEY, value);
    else localStorage.removeItem(TOKEN_KEY);
  }

  /** Forgets the session locally (no server call). */
  function clearSession(): void {
    setToken(null);
    me.value = null;
  }

  let started: Promise<void> | null = null;
  /** Loads `me` for a stored token once; later calls share the same promise. */
  function initialize(): Promise<void> {
    started ??= (async () => {
      if (!token.value) return;
      try {
        const data = await request(MeQuery);
        if (data.me) me.value = data.me;
        else clearSession();
      } catch {
        // An unreachable server leaves the user signed out for now; the token stays for a retry.
        me.value = null;
      }
    })();
    return started;
  }

  /** Takes over a session the server has just opened (`login`, `acceptInvitation`). */
  function adoptSession(payload: { token: string; user: SessionUser }): SessionUser {
    setToken(payload.token);
    me.value = payload.user;
    return payload.user;
  }

  async function signIn(email: string, password: string): Promise<SessionUser> {
    const { login } = await request(LoginMutation, { email, password });
    return adoptSession(login);
  }

  async function signOut(): Promise<void> {
    if (token.value) {
      try {
        await request(LogoutMutation);
      } catch {
        // The session ends locally whether or not the server heard about it.
      }
    }
    clearSession();
  }

  return { token, me, role, isSignedIn, initialize, adoptSession, signIn, signOut, clearSession };
});
