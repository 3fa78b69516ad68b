// Managing a selection (managers): who reviews, what the scores mean, the rounds' shortlist and winners, the
// feedback per criterion, the decisions and the appeals' answers; and an applicant's appeal (public).
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { request } from '../api/client';
import {
  AnswerAppealMutation,
  AppealDecisionMutation,
  ApplicationFeedbackQuery,
  AssignReviewersMutation,
  DeclarePhaseWinnersMutation,
  SelectionAdminQuery,
  SendDecisionsMutation,
  SetApplicationFeedbackMutation,
  SetCriterionLevelsMutation,
  ShortlistForDemoMutation,
} from '../api/review';
import type { AppealInput, ReviewPhase, SelectionAdminQuery as SelectionAdmin } from '../api/generated/graphql';

export const useSelectionStore = defineStore('selection', () => {
  /** The statement being managed, its reviewer candidates, applications and appeals. */
  const admin = ref<SelectionAdmin | null>(null);
  const challengeId = ref<string | null>(null);

  async function load(id: string) {
    challengeId.value = id;
    admin.value = await request(SelectionAdminQuery, { challengeId: id });
  }
  const reload = () => (challengeId.value ? load(challengeId.value) : Promise.resolve());

  /** How many assignments were created. */
  async function assignReviewers(reviewerIds: string[], perApplication: number, phase: ReviewPhase) {
    const { assignReviewers: created } = await request(AssignReviewersMutation, {
      input: { challengeId: challengeId.value!, reviewerIds, perApplication, phase },
    });
    return created.length;
  }
  async function setLevels(criterionId: string, levels: { score: number; description: string }[]) {
    await request(SetCriterionLevelsMutation, { criterionId, levels });
    await reload();
  }
  async function feedbackOf(applicationId: string) {
    return (await request(ApplicationFeedbackQuery, { applicationId })).applicationFeedback;
  }
  async function setFeedback(applicationId: string, criterionId: string, text: string) {
    await request(SetApplicationFeedbackMutation, { input: { applicationId, criterionId, text } });
  }
  async function shortlist(applicationIds: string[]) {
    await request(ShortlistForDemoMutation, { challengeId: challengeId.value!, applicationIds });
    await reload();
  }
  async function declareWinners(phase: ReviewPhase, applicationIds: string[]) {
    await request(DeclarePhaseWinnersMutation, {
      input: { challengeId: challengeId.value!, phase, applicationIds },
    });
  }
  async function sendDecisions(appealDays: number) {
    await request(SendDecisionsMutation, { input: { challengeId: challengeId.value!, appealDays } });
    await reload();
  }
  async function answerAppeal(appealId: string, answer: string) {
    await request(AnswerAppealMutation, { appealId, answer });
    await reload();
  }
  /** An applicant's appeal (public): the receipt code and contact e-mail prove the application is theirs. */
  async function appeal(input: AppealInput) {
    return (await request(AppealDecisionMutation, { input })).appealDecision;
  }

  return {
    admin,
    appeal,
    load,
    assignReviewers,
    setLevels,
    feedbackOf,
    setFeedback,
    shortlist,
    declareWinners,
    sendDecisions,
    answerAppeal,
  };
});
