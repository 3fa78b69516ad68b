// Selection a team can trust, the outcome: per-criterion feedback sent with the decision, rounds (idea, then demo
// for the shortlisted) with round winners, the decisions opening an appeal window, and appeals answered in writing
// (the applicant, who has no account, is told by e-mail).
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { badInput, hanoiToday, notFound, requireEmail, requireText, type Clock } from '@launchpad/shared';
import type { Actor } from '../../graphql/context';
import { requireId } from '../../kernel';
import { recordAudit } from '../audit';
import { notifications } from '../notifications';
import {
  ApplicationAppealSchema,
  ApplicationFeedbackSchema,
  ApplicationSchema,
  ChallengeCriterionSchema,
  ChallengeSchema,
  PhaseWinnerSchema,
} from './entities';
import { applicationAppealView, type CriterionFeedbackView } from './read';
import { requirePhase } from './review';

const MAX_APPEAL_DAYS = 60;

export async function setApplicationFeedback(
  em: EntityManager,
  actor: Actor,
  input: { applicationId: string; criterionId: string; text: string },
): Promise<CriterionFeedbackView> {
  const applicationId = requireId('applicationId', input.applicationId);
  const criterionId = requireId('criterionId', input.criterionId);
  const text = requireText('text', input.text, { max: 4000, multiline: true });
  return em.transactional(async (tx) => {
    const application = await tx.findOne(ApplicationSchema, applicationId);
    if (!application) throw notFound('Application');
    const criterion = await tx.findOne(ChallengeCriterionSchema, criterionId);
    if (!criterion || criterion.challenge.id !== application.challenge.id)
      throw badInput('criterionId', 'This criterion is not in the statement’s rubric.');
    let row = await tx.findOne(ApplicationFeedbackSchema, { application: applicationId, criterion: criterionId });
    if (row) row.text = text;
    else row = tx.create(ApplicationFeedbackSchema, { application, criterion, text });
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'application.feedback_set',
      entityType: 'Application',
      entityId: applicationId,
      after: { criterionId, text },
    });
    return { applicationId, criterionId, criterionName: criterion.name, text };
  });
}

export async function feedbackOf(em: EntityManager, applicationId: string): Promise<CriterionFeedbackView[]> {
  const rows = await em.find(
    ApplicationFeedbackSchema,
    { application: requireId('applicationId', applicationId) },
    { populate: ['criterion'], orderBy: { criterion: { position: 'asc' } } },
  );
  return rows.map((r) => ({
    applicationId: r.application.id,
    criterionId: r.criterion.id,
    criterionName: r.criterion.name,
    text: r.text,
  }));
}

/** Advances applications to the demo round (the idea round's shortlist). */
export async function shortlistForDemo(
  em: EntityManager,
  actor: Actor,
  challengeId: string,
  applicationIds: readonly string[],
) {
  const id = requireId('challengeId', challengeId);
  const ids = applicationIds.map((a, index) => requireId(`applicationIds[${index}]`, a));
  if (!ids.length) throw badInput('applicationIds', 'Shortlist at least one application.');
  return em.transactional(async (tx) => {
    const applications = await tx.find(ApplicationSchema, { id: { $in: ids } });
    ids.forEach((a, index) => {
      const found = applications.find((x) => x.id === a);
      if (!found || found.challenge.id !== id)
        throw badInput(`applicationIds[${index}]`, 'This application is not in the statement.');
    });
    for (const application of applications) application.shortlistedAt ??= new Date();
    await tx.flush();
    recordAudit(tx, actor, { action: 'review.shortlisted', entityType: 'Challenge', entityId: id, after: { ids } });
    return applications;
  });
}

export async function declarePhaseWinners(
  em: EntityManager,
  actor: Actor,
  input: { challengeId: string; phase: string; applicationIds: readonly string[] },
) {
  const id = requireId('challengeId', input.challengeId);
  const phase = requirePhase(input.phase);
  const ids = input.applicationIds.map((a, index) => requireId(`applicationIds[${index}]`, a));
  return em.transactional(async (tx) => {
    const applications = await tx.find(ApplicationSchema, { id: { $in: ids } });
    ids.forEach((a, index) => {
      const found = applications.find((x) => x.id === a);
      if (!found || found.challenge.id !== id)
        throw badInput(`applicationIds[${index}]`, 'This application is not in the statement.');
      if (phase === 'DEMO' && !found.shortlistedAt)
        throw badInput(`applicationIds[${index}]`, 'Only a shortlisted application can win the demo round.');
    });
    const all = await tx.find(ApplicationSchema, { challenge: id });
    await tx.nativeDelete(PhaseWinnerSchema, { application: { $in: all.map((a) => a.id) }, phase });
    for (const application of applications) tx.create(PhaseWinnerSchema, { application, phase });
    await tx.flush();
    recordAudit(tx, actor, { action: 'review.winners', entityType: 'Challenge', entityId: id, after: { phase, ids } });
    return applications;
  });
}

/** Sends every applicant the decision with the per-criterion feedback, and opens the appeal window. */
export async function sendDecisions(
  em: EntityManager,
  actor: Actor,
  clock: Clock,
  input: { challengeId: string; appealDays: number },
) {
  const id = requireId('challengeId', input.challengeId);
  if (!Number.isInteger(input.appealDays) || input.appealDays < 1 || input.appealDays > MAX_APPEAL_DAYS)
    throw badInput('appealDays', `The appeal window is from 1 to ${MAX_APPEAL_DAYS} days.`);
  return em.transactional(async (tx) => {
    const challenge = await tx.findOne(ChallengeSchema, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!challenge) throw notFound('Challenge');
    if (challenge.decidedAt) throw badInput('challengeId', 'The decisions were already sent.');
    const today = hanoiToday(clock);
    const until = new Date(`${today}T00:00:00Z`);
    until.setUTCDate(until.getUTCDate() + input.appealDays);
    const appealUntil = until.toISOString().slice(0, 10);
    challenge.decidedAt = clock();
    challenge.appealUntil = appealUntil;
    await tx.flush();
    const applications = await tx.find(ApplicationSchema, { challenge: id });
    for (const application of applications) {
      const feedback = (await feedbackOf(tx, application.id)).map((f) => `- ${f.criterionName}: ${f.text}`).join('\n');
      await notifications.emit(tx, {
        kind: 'APPLICATION_FEEDBACK',
        applicationId: application.id,
        feedback: feedback || '-',
        appealUntil,
      });
    }
    recordAudit(tx, actor, {
      action: 'review.decisions_sent',
      entityType: 'Challenge',
      entityId: id,
      after: { appealUntil, applications: applications.length },
    });
    return challenge;
  });
}

/** An applicant appeals within the window, proving it is theirs by the receipt code and contact e-mail. */
export async function appealDecision(
  em: EntityManager,
  clock: Clock,
  input: { receiptCode: string; contactEmail: string; challengeId: string; text: string },
) {
  const challengeId = requireId('challengeId', input.challengeId);
  const code = requireText('receiptCode', input.receiptCode, { max: 8 }).toUpperCase();
  const email = requireEmail('contactEmail', input.contactEmail);
  const text = requireText('text', input.text, { max: 4000, multiline: true });
  return em.transactional(async (tx) => {
    const challenge = await tx.findOne(ChallengeSchema, challengeId);
    if (!challenge) throw notFound('Challenge');
    const [row] = await tx.execute<{ id: string }[]>(
      `select id from applications where challenge_id = ? and lower(contact_email) = ?
         and upper(left(replace(id::text, '-', ''), 8)) = ?`,
      [challengeId, email, code],
    );
    if (!row) throw badInput('receiptCode', 'No application with this code and e-mail.');
    if (!challenge.appealUntil) throw badInput('challengeId', 'The decisions are not out yet.');
    if (hanoiToday(clock) > challenge.appealUntil)
      throw badInput('challengeId', `The appeal window closed on ${challenge.appealUntil}.`);
    if (await tx.count(ApplicationAppealSchema, { application: row.id }))
      throw badInput('receiptCode', 'This application has already been appealed.');
    const appeal = tx.create(ApplicationAppealSchema, {
      application: row.id,
      text,
      answer: null,
      answeredBy: null,
      answeredAt: null,
    });
    await tx.flush();
    recordAudit(tx, null, { action: 'application.appealed', entityType: 'Application', entityId: row.id });
    return applicationAppealView(appeal, challenge.appealUntil);
  });
}

export async function listAppeals(em: EntityManager, challengeId: string) {
  const id = requireId('challengeId', challengeId);
  const challenge = await em.findOne(ChallengeSchema, id);
  if (!challenge) throw notFound('Challenge');
  const rows = await em.find(
    ApplicationAppealSchema,
    { application: { challenge: id } },
    { orderBy: { submittedAt: 'asc' } },
  );
  return rows.map((r) => applicationAppealView(r, challenge.appealUntil ?? null));
}

export async function answerAppeal(em: EntityManager, actor: Actor, appealId: string, answerInput: string) {
  const id = requireId('appealId', appealId);
  const answer = requireText('answer', answerInput, { max: 4000, multiline: true });
  return em.transactional(async (tx) => {
    const appeal = await tx.findOne(ApplicationAppealSchema, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!appeal) throw notFound('Appeal');
    if (appeal.answer) throw badInput('appealId', 'This appeal has already been answered.');
    appeal.answer = answer;
    appeal.answeredBy = actor.userId as never;
    appeal.answeredAt = new Date();
    await tx.flush();
    // The applicant has no account: the written answer reaches them by e-mail, like the decision did.
    await notifications.emit(tx, {
      kind: 'APPEAL_ANSWERED',
      applicationId: appeal.application.id,
      appeal: appeal.text,
      answer,
    });
    recordAudit(tx, actor, {
      action: 'application.appeal_answered',
      entityType: 'Application',
      entityId: appeal.application.id,
      after: { appealId: id, answer },
    });
    const challenge = await tx.findOneOrFail(ApplicationSchema, appeal.application.id, { populate: ['challenge'] });
    return applicationAppealView(appeal, challenge.challenge.appealUntil ?? null);
  });
}
