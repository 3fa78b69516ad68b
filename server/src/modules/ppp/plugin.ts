// The PPP portal's file routes. A proposal with attachments is one multipart request — a `proposal` field (the
// submitPppProposal input as JSON) and up to MAX_PPP_ATTACHMENTS files — so nothing is kept unless the proposal and
// every file pass; it spends the same public-form budget as the GraphQL mutation. Managers and the board download
// the attachments; the public never lists them.
import fp from 'fastify-plugin';
import type { MultipartFile } from '@fastify/multipart';
import { badInput, DomainError, ErrorCode, hanoiToday, parseVnd } from '@launchpad/shared';
import { MANAGER_ROLES } from '../../kernel';
import { checkUpload, fileRefused, guarded, partBytes, sendStoredFile, signedIn } from '../documents';
import { attachmentForDownload, MAX_PPP_ATTACHMENTS, submitPppProposal, type SubmitPppProposalInput } from './service';

const READERS: readonly string[] = [...MANAGER_ROLES, 'BOARD'];
const PROPOSAL_JSON_MAX = 64 * 1024;

/** The `proposal` field's JSON as the service's input; amounts are digit strings as over GraphQL. */
function proposalInput(json: string | null): SubmitPppProposalInput {
  if (json === null) throw badInput('proposal', 'Send the proposal as the `proposal` field (JSON).');
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(json) as Record<string, unknown>;
  } catch {
    throw badInput('proposal', 'The `proposal` field is not JSON.');
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw badInput('proposal', 'The proposal is an object.');
  const amount = (field: string) => parseVnd(typeof raw[field] === 'string' ? (raw[field] as string) : '', field);
  return {
    ...(raw as unknown as SubmitPppProposalInput),
    budgetPublic: amount('budgetPublic'),
    budgetPrivate: amount('budgetPrivate'),
  };
}

const LIMIT_CODES = new Set(['FST_FILES_LIMIT', 'FST_PARTS_LIMIT', 'FST_FIELDS_LIMIT']);

export const pppPlugin = fp(
  async (app) => {
    const maxBytes = app.config.documents.maxBytes;

    app.post('/api/ppp/proposals', { config: { publicForm: 'submitPppProposal' } }, async (request, reply) =>
      guarded(reply, async () => {
        if (!request.isMultipart()) throw fileRefused('Send the proposal as multipart/form-data.', 'NOT_MULTIPART');
        let json: string | null = null;
        const files: { part: MultipartFile; bytes: Buffer }[] = [];
        try {
          for await (const part of request.parts({
            limits: {
              fileSize: maxBytes,
              files: MAX_PPP_ATTACHMENTS,
              fields: 1,
              fieldSize: PROPOSAL_JSON_MAX,
              parts: MAX_PPP_ATTACHMENTS + 1,
            },
          })) {
            if (part.type === 'file') {
              files.push({ part, bytes: await partBytes(part, maxBytes, `attachments[${files.length}]`) });
            } else if (part.fieldname === 'proposal') {
              json = String(part.value);
            }
          }
        } catch (error) {
          if (LIMIT_CODES.has((error as { code?: string }).code ?? ''))
            throw badInput('attachments', `Attach at most ${MAX_PPP_ATTACHMENTS} files.`);
          throw error;
        }
        const input = proposalInput(json);
        const attachments = [];
        for (const [index, { part, bytes }] of files.entries()) {
          attachments.push(await checkUpload({ fileName: part.filename, bytes }, maxBytes, `attachments[${index}]`));
        }
        const receipt = await submitPppProposal(request.em, input, hanoiToday(app.clock), {
          store: app.documentStore,
          attachments,
        });
        return reply.code(201).send(receipt);
      }),
    );

    app.get<{ Params: { id: string } }>('/api/ppp/attachments/:id', async (request, reply) =>
      guarded(reply, async () => {
        const actor = await signedIn(app, request);
        if (!READERS.includes(actor.role))
          throw new DomainError(ErrorCode.FORBIDDEN, 'Proposal attachments are for the program managers.');
        const attachment = await attachmentForDownload(request.em, request.params.id);
        return sendStoredFile(reply, app.documentStore, attachment);
      }),
    );
  },
  { name: 'ppp', dependencies: ['config', 'database', 'documents', 'security'] },
);
