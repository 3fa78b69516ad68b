// Which notifications a user may take off e-mail (or fold into the daily digest). Invitations and password resets
// are always e-mailed: the e-mail is the delivery itself. Public applicants have no account, hence no preferences.
export const OPTIONAL_EMAIL_KINDS = [
  'MILESTONE_SUBMITTED',
  'MILESTONE_VERIFIED',
  'MILESTONE_SENT_BACK',
  'STAGE_MOVED',
  'REPORT_DUE_SOON',
  'REPORT_OVERDUE',
  'REPORT_ESCALATED',
  'CHALLENGE_DEADLINE_SOON',
  'FUND_NEAR_CAP',
  'CAPITAL_CALL_ISSUED',
  'CAPITAL_CALL_OVERDUE',
] as const;

export type OptionalEmailKind = (typeof OPTIONAL_EMAIL_KINDS)[number];

export function isOptionalEmailKind(kind: string): kind is OptionalEmailKind {
  return (OPTIONAL_EMAIL_KINDS as readonly string[]).includes(kind);
}

/** Whether a notification of `kind` is e-mailed at once to someone with these preferences. */
export function emailsAtOnce(kind: string, preference: { emailOff: readonly string[]; dailyDigest: boolean }): boolean {
  if (!isOptionalEmailKind(kind)) return true;
  return !preference.dailyDigest && !preference.emailOff.includes(kind);
}
