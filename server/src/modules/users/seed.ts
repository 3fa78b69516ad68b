// The contract's demo accounts (password `launchpad-demo`), created only by the demo seed.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '@launchpad/shared';
import type { Actor } from '../../graphql/context';
import { UserSchema } from './entities';
import { hashPassword } from './password';

export const DEMO_PASSWORD = 'launchpad-demo';

export const DEMO_ACCOUNTS: { email: string; role: Role; displayName: string }[] = [
  { email: 'admin@launchpad.test', role: 'ADMIN', displayName: 'Nguyễn Minh Quản' },
  { email: 'incubator@launchpad.test', role: 'INCUBATOR_MANAGER', displayName: 'Trần Thu Hà' },
  { email: 'fund@launchpad.test', role: 'FUND_MANAGER', displayName: 'Lê Quốc Bảo' },
  { email: 'founder@launchpad.test', role: 'FOUNDER', displayName: 'Phạm Gia Huy' },
  { email: 'board@launchpad.test', role: 'BOARD', displayName: 'Vũ Thị Lan' },
  { email: 'mentor@launchpad.test', role: 'MENTOR', displayName: 'Đỗ Thanh Sơn' },
];

export async function seedDemoAccounts(em: EntityManager): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) em.create(UserSchema, { ...account, passwordHash });
  await em.flush();
}

/**
 * A demo person as the one who made a demo write, so the audit log reads as the history the demo stands for: the
 * incubator manager runs the program, the fund manager the fund and its deals, the admin the fund's legal setup.
 */
export async function demoActor(em: EntityManager, email = 'incubator@launchpad.test'): Promise<Actor> {
  const user = await em.findOneOrFail(UserSchema, { email });
  return { userId: user.id, email: user.email, role: user.role, sessionId: 'demo-seed' };
}
