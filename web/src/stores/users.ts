// Accounts: the ADMIN's list of every account (with its filters), creating, deactivating and reactivating one,
// and the signed-in user's own password change.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { matchesSearch } from '@launchpad/shared';
import { request } from '../api/client';
import { ChangePasswordMutation, CreateUserMutation, SetUserActiveMutation, UsersQuery } from '../api/users';
import type { AccountFieldsFragment, CreateUserInput, Role } from '../api/generated/graphql';

export type Account = AccountFieldsFragment;

/** The server's password length rule (server/src/modules/users/service.ts), mirrored for form feedback. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export const useUsersStore = defineStore('users', () => {
  /** Every account, as `users` returns it (by role, then email). */
  const list = ref<Account[]>([]);
  const loading = ref(false);
  const loadError = ref<unknown>(null);
  /** Narrowing of the list in the page: a role (null = every role) and a text matched in name or email. */
  const filters = ref<{ role: Role | null; text: string }>({ role: null, text: '' });

  /** The list narrowed in the page; the text ignores case and accents ("phuong" finds "Phượng"). */
  const filtered = computed(() => {
    const needle = filters.value.text.trim();
    return list.value.filter(
      (u) =>
        (!filters.value.role || u.role === filters.value.role) &&
        (!needle || matchesSearch(u.displayName, needle) || matchesSearch(u.email, needle)),
    );
  });

  async function load(): Promise<void> {
    loading.value = true;
    loadError.value = null;
    try {
      list.value = (await request(UsersQuery)).users;
    } catch (error) {
      loadError.value = error;
    } finally {
      loading.value = false;
    }
  }

  function replace(account: Account): void {
    const index = list.value.findIndex((u) => u.id === account.id);
    if (index >= 0) list.value.splice(index, 1, account);
    else list.value.push(account);
  }

  /** Creates an account; refusals (ApiError) reach the caller, which shows them by field. */
  async function create(input: CreateUserInput): Promise<Account> {
    const { createUser } = await request(CreateUserMutation, { input });
    replace(createUser);
    return createUser;
  }

  /** Deactivating ends every session of that account at once (server side). */
  async function setActive(id: string, active: boolean): Promise<Account> {
    const { setUserActive } = await request(SetUserActiveMutation, { id, active });
    replace(setUserActive);
    return setUserActive;
  }

  /** Changes the signed-in user's password; the server then ends all of their sessions, this one included. */
  async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await request(ChangePasswordMutation, { currentPassword, newPassword });
  }

  function clearFilters(): void {
    filters.value = { role: null, text: '' };
  }

  return { list, loading, loadError, filters, filtered, load, create, setActive, changePassword, clearFilters };
});
