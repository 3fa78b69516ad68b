// Every entity of every module, listed once; the ORM config and the migrations both read this list.
import { AuditEntrySchema } from './audit/entities';
import { SessionSchema, UserSchema } from './users/entities';

export const entities = [UserSchema, SessionSchema, AuditEntrySchema];
