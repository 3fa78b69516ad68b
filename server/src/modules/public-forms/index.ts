// The public forms' door: the one helper both account-free submissions (applications, PPP proposals) go through.
export {
  PUBLIC_FORMS,
  publicContact,
  submitPublicForm,
  uniqueReceiptCode,
  type PublicForm,
  type PublicSubmission,
} from './submit';
