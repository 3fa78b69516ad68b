// The daily digest (a pg-boss cron job): each user who chose it gets one e-mail a Hanoi day listing the notifications
// that arrived since their previous digest (the kinds they have not turned off). The digest row of (user, day) is the
// idempotency key: a second run that day, or a second instance, sends nothing.
import type { EntityManager } from '@mikro-orm/postgresql';
import { hanoiToday, OPTIONAL_EMAIL_KINDS, type Clock } from '@launchpad/shared';
import { OUTBOX_CHANNEL, queueMail } from './emit';
import { asLocale, render } from './templates';

/** Notifications listed in one digest at most; the rest are summed up in the count. */
const LISTED = 30;

export async function sendDailyDigests(em: EntityManager, clock: Clock): Promise<number> {
  const day = hanoiToday(clock);
  const users = await em.getConnection().execute<{ id: string; email: string; locale: string; email_off: string[] }[]>(
    `select u.id, u.email, p.locale, p.email_off from notification_preferences p join users u on u.id = p.user_id
     where p.daily_digest and u.active order by u.email`,
  );
  let sent = 0;
  for (const user of users) {
    const done = await em.transactional(async (tx) => {
      const kinds = OPTIONAL_EMAIL_KINDS.filter((kind) => !(user.email_off ?? []).includes(kind));
      if (!kinds.length) return false;
      const rows = await tx.execute<{ title: string; total: string }[]>(
        `select n.title, count(*) over () as total from notifications n
         where n.user_id = ?
           and n.created_at > coalesce(
             (select max(d.sent_at) from notification_digests d where d.user_id = n.user_id), now() - interval '1 day')
           and n.kind in (?)
         order by n.created_at desc limit ${LISTED}`,
        [user.id, kinds],
      );
      if (!rows.length) return false;
      const inserted = await tx.execute<{ user_id: string }[]>(
        `insert into notification_digests (user_id, day, sent_at) values (?, ?, now())
         on conflict do nothing returning user_id`,
        [user.id, day],
      );
      if (!inserted.length) return false;
      const locale = asLocale(user.locale);
      const message = render('DAILY_DIGEST', locale, {
        count: rows[0]!.total,
        list: rows.map((row) => `• ${row.title}`).join('\n'),
      });
      queueMail(tx, { kind: 'DAILY_DIGEST', to: user.email, locale, ...message, path: '/account/notifications' });
      await tx.flush();
      await tx.execute('select pg_notify(?, ?)', [OUTBOX_CHANNEL, '']);
      return true;
    });
    if (done) sent++;
  }
  return sent;
}
