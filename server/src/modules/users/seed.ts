// The contract's demo accounts (password `launchpad-demo`), created only by the demo seed.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '@launchpad/shared';
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
