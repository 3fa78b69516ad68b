// The session: the bearer token (kept across reloads) and the signed-in user, and the other ways into one:
// accepting a founder invitation, resetting a forgotten password.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { request } from '../api/client';
import { LoginMutation, LogoutMutation, MeQuery } from '../api/users';
import { AcceptInvitationMutation, InvitationPreviewQuery } from '../api/invitations';
import { RequestPasswordResetMutation, ResetPasswordMutation } from '../api/password-reset';
import type { InvitationPreviewQuery as PreviewData, Role, SessionUserFieldsFragment } from '../api/generated/graphql';

const TOKEN_KEY = 'launchpad.token';

type SessionUser = SessionUserFieldsFragment;
/** What an invitation link shows before it is accepted; null when the token matches no invitation. */
export type InvitationPreview = PreviewData['invitation'];

export const useAuthStore = defineStore('auth', () => {
  /** Bearer token from `login`; persisted in localStorage. */
  const token = ref<string | null>(localStorage.getItem(TOKEN_KEY));
  /** The signed-in user, loaded from `me` at start and set by `signIn`. */
  const me = ref<SessionUser | null>(null);

  /** A stored token whose `me` has not answered yet: who is signed in is not known. */
  const sessionPending = ref(token.value !== null);
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
      } finally {
        sessionPending.value = false;
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

  async function previewInvitation(invitationToken: string): Promise<InvitationPreview> {
    return (await request(InvitationPreviewQuery, { token: invitationToken })).invitation;
  }

  /** Accepts a founder invitation (a new account, or the existing one by its password) and signs in. */
  async function acceptInvitation(
    invitationToken: string,
    displayName: string,
    password: string,
  ): Promise<SessionUser> {
    const { acceptInvitation } = await request(AcceptInvitationMutation, {
      token: invitationToken,
      displayName,
      password,
    });
    return adoptSession(acceptInvitation);
  }

  /** Asks for a reset link by e-mail; the server answers the same whether or not the address exists. */
  async function requestPasswordReset(email: string): Promise<void> {
    await request(RequestPasswordResetMutation, { email });
  }

  /** Sets a new password with an e-mailed token (ending every other session) and signs in. */
  async function resetPassword(resetToken: string, password: string): Promise<SessionUser> {
    const { resetPassword } = await request(ResetPasswordMutation, { token: resetToken, password });
    return adoptSession(resetPassword);
  }

  return {
    token,
    me,
    role,
    isSignedIn,
    sessionPending,
    initialize,
    adoptSession,
    signIn,
    signOut,
    clearSession,
    previewInvitation,
    acceptInvitation,
    requestPasswordReset,
    resetPassword,
  };
});
