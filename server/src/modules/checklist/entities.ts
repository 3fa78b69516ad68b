// The platform-building checklist: one row per startup and item, once something was recorded.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { PLATFORM_CHECKLIST_ITEMS } from '@launchpad/shared';
import { StartupSchema } from '../startups';
import { UserSchema } from '../users';

export const ChecklistItemSchema = defineEntity({
  name: 'ChecklistItem',
  tableName: 'checklist_items',
  checks: [
    {
      name: 'checklist_items_enterprise_code_check',
      expression:
        "(kind = 'BUSINESS_REGISTRATION' or enterprise_code is null) and (kind <> 'BUSINESS_REGISTRATION' or done_date is null or enterprise_code is not null)",
    },
  ],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    startup: () => p.manyToOne(StartupSchema).index(),
    kind: p.enum([...PLATFORM_CHECKLIST_ITEMS]).nativeEnumName('checklist_item_kind'),
    doneDate: p.date().nullable(),
    evidence: p.text().nullable(),
    /** Mã số doanh nghiệp, recorded with BUSINESS_REGISTRATION (the SCALING_UP gate). */
    enterpriseCode: p.string().length(20).nullable(),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    updatedBy: () => p.manyToOne(UserSchema).nullable(),
  },
  uniques: [{ properties: ['startup', 'kind'] }],
});
export type ChecklistItem = InferEntity<typeof ChecklistItemSchema>;
