/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment FundFiguresFields on Fund {\n    id\n    name\n    charterCapBp\n    stakeCapBp\n    charterCapital\n    stateCommitted\n    privateCommitted\n    stateShareBp\n    paidIn\n    invested\n    available\n    charterHeadroom\n    privateWithdrawalHeadroom\n    cashHeadroom\n    performance {\n      paidIn\n      invested\n      realized\n      unrealized\n      nav\n      moicBp\n      tvpiBp\n      dpiBp\n    }\n  }\n": typeof types.FundFiguresFieldsFragmentDoc,
    "\n  fragment FundingRoundFields on FundingRound {\n    id\n    startupId\n    startupName\n    date\n    instrument\n    preMoney\n    raised\n    postMoney\n    participations {\n      id\n      kind\n      fundId\n      holderName\n      amount\n      roundStakeBp\n    }\n  }\n": typeof types.FundingRoundFieldsFragmentDoc,
    "\n  query Funds {\n    funds {\n      ...FundFiguresFields\n    }\n  }\n": typeof types.FundsDocument,
    "\n  query FundLedger($id: ID!) {\n    fund(id: $id) {\n      ...FundFiguresFields\n      members {\n        id\n        name\n        type\n        committed\n        paidIn\n      }\n      commitments {\n        id\n        memberId\n        memberName\n        memberType\n        amount\n        paidIn\n        outstanding\n        createdAt\n        changes {\n          id\n          amountBefore\n          amountAfter\n          reason\n          at\n        }\n      }\n      payments {\n        id\n        commitmentId\n        memberName\n        memberType\n        amount\n        date\n      }\n      rounds {\n        ...FundingRoundFields\n      }\n      holdings {\n        startupId\n        startupName\n        invested\n        stakeBp\n        stakeCapBp\n        status\n        unrealizedValue\n        realizedValue\n      }\n    }\n  }\n": typeof types.FundLedgerDocument,
    "\n  query CapTable($startupId: ID!) {\n    capTable(startupId: $startupId) {\n      startupId\n      startupName\n      lastPostMoney\n      rounds {\n        ...FundingRoundFields\n      }\n      entries {\n        holderName\n        kind\n        fundId\n        stakeBp\n        stakeNumerator\n        stakeDenominator\n        invested\n        capBp\n        headroomBp\n      }\n    }\n  }\n": typeof types.CapTableDocument,
    "\n  query FundCsv($fundId: ID!, $table: FundCsvTable!) {\n    fundCsv(fundId: $fundId, table: $table)\n  }\n": typeof types.FundCsvDocument,
    "\n  query RoundStartupOptions {\n    startups(first: 100) {\n      edges {\n        node {\n          id\n          name\n          stage\n        }\n      }\n    }\n  }\n": typeof types.RoundStartupOptionsDocument,
    "\n  mutation CommitCapital($input: CommitCapitalInput!) {\n    commitCapital(input: $input) {\n      id\n      amount\n    }\n  }\n": typeof types.CommitCapitalDocument,
    "\n  mutation ChangeCommitment($commitmentId: ID!, $amount: VND!, $reason: String) {\n    changeCommitment(commitmentId: $commitmentId, amount: $amount, reason: $reason) {\n      id\n      amount\n    }\n  }\n": typeof types.ChangeCommitmentDocument,
    "\n  mutation PayInCapital($input: PayInCapitalInput!) {\n    payInCapital(input: $input) {\n      id\n      amount\n    }\n  }\n": typeof types.PayInCapitalDocument,
    "\n  mutation RecordFundingRound($input: RecordFundingRoundInput!) {\n    recordFundingRound(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordFundingRoundDocument,
    "\n  fragment SessionUserFields on User {\n    id\n    email\n    role\n    displayName\n  }\n": typeof types.SessionUserFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
};
const documents: Documents = {
    "\n  fragment FundFiguresFields on Fund {\n    id\n    name\n    charterCapBp\n    stakeCapBp\n    charterCapital\n    stateCommitted\n    privateCommitted\n    stateShareBp\n    paidIn\n    invested\n    available\n    charterHeadroom\n    privateWithdrawalHeadroom\n    cashHeadroom\n    performance {\n      paidIn\n      invested\n      realized\n      unrealized\n      nav\n      moicBp\n      tvpiBp\n      dpiBp\n    }\n  }\n": types.FundFiguresFieldsFragmentDoc,
    "\n  fragment FundingRoundFields on FundingRound {\n    id\n    startupId\n    startupName\n    date\n    instrument\n    preMoney\n    raised\n    postMoney\n    participations {\n      id\n      kind\n      fundId\n      holderName\n      amount\n      roundStakeBp\n    }\n  }\n": types.FundingRoundFieldsFragmentDoc,
    "\n  query Funds {\n    funds {\n      ...FundFiguresFields\n    }\n  }\n": types.FundsDocument,
    "\n  query FundLedger($id: ID!) {\n    fund(id: $id) {\n      ...FundFiguresFields\n      members {\n        id\n        name\n        type\n        committed\n        paidIn\n      }\n      commitments {\n        id\n        memberId\n        memberName\n        memberType\n        amount\n        paidIn\n        outstanding\n        createdAt\n        changes {\n          id\n          amountBefore\n          amountAfter\n          reason\n          at\n        }\n      }\n      payments {\n        id\n        commitmentId\n        memberName\n        memberType\n        amount\n        date\n      }\n      rounds {\n        ...FundingRoundFields\n      }\n      holdings {\n        startupId\n        startupName\n        invested\n        stakeBp\n        stakeCapBp\n        status\n        unrealizedValue\n        realizedValue\n      }\n    }\n  }\n": types.FundLedgerDocument,
    "\n  query CapTable($startupId: ID!) {\n    capTable(startupId: $startupId) {\n      startupId\n      startupName\n      lastPostMoney\n      rounds {\n        ...FundingRoundFields\n      }\n      entries {\n        holderName\n        kind\n        fundId\n        stakeBp\n        stakeNumerator\n        stakeDenominator\n        invested\n        capBp\n        headroomBp\n      }\n    }\n  }\n": types.CapTableDocument,
    "\n  query FundCsv($fundId: ID!, $table: FundCsvTable!) {\n    fundCsv(fundId: $fundId, table: $table)\n  }\n": types.FundCsvDocument,
    "\n  query RoundStartupOptions {\n    startups(first: 100) {\n      edges {\n        node {\n          id\n          name\n          stage\n        }\n      }\n    }\n  }\n": types.RoundStartupOptionsDocument,
    "\n  mutation CommitCapital($input: CommitCapitalInput!) {\n    commitCapital(input: $input) {\n      id\n      amount\n    }\n  }\n": types.CommitCapitalDocument,
    "\n  mutation ChangeCommitment($commitmentId: ID!, $amount: VND!, $reason: String) {\n    changeCommitment(commitmentId: $commitmentId, amount: $amount, reason: $reason) {\n      id\n      amount\n    }\n  }\n": types.ChangeCommitmentDocument,
    "\n  mutation PayInCapital($input: PayInCapitalInput!) {\n    payInCapital(input: $input) {\n      id\n      amount\n    }\n  }\n": types.PayInCapitalDocument,
    "\n  mutation RecordFundingRound($input: RecordFundingRoundInput!) {\n    recordFundingRound(input: $input) {\n      id\n    }\n  }\n": types.RecordFundingRoundDocument,
    "\n  fragment SessionUserFields on User {\n    id\n    email\n    role\n    displayName\n  }\n": types.SessionUserFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FundFiguresFields on Fund {\n    id\n    name\n    charterCapBp\n    stakeCapBp\n    charterCapital\n    stateCommitted\n    privateCommitted\n    stateShareBp\n    paidIn\n    invested\n    available\n    charterHeadroom\n    privateWithdrawalHeadroom\n    cashHeadroom\n    performance {\n      paidIn\n      invested\n      realized\n      unrealized\n      nav\n      moicBp\n      tvpiBp\n      dpiBp\n    }\n  }\n"): (typeof documents)["\n  fragment FundFiguresFields on Fund {\n    id\n    name\n    charterCapBp\n    stakeCapBp\n    charterCapital\n    stateCommitted\n    privateCommitted\n    stateShareBp\n    paidIn\n    invested\n    available\n    charterHeadroom\n    privateWithdrawalHeadroom\n    cashHeadroom\n    performance {\n      paidIn\n      invested\n      realized\n      unrealized\n      nav\n      moicBp\n      tvpiBp\n      dpiBp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FundingRoundFields on FundingRound {\n    id\n    startupId\n    startupName\n    date\n    instrument\n    preMoney\n    raised\n    postMoney\n    participations {\n      id\n      kind\n      fundId\n      holderName\n      amount\n      roundStakeBp\n    }\n  }\n"): (typeof documents)["\n  fragment FundingRoundFields on FundingRound {\n    id\n    startupId\n    startupName\n    date\n    instrument\n    preMoney\n    raised\n    postMoney\n    participations {\n      id\n      kind\n      fundId\n      holderName\n      amount\n      roundStakeBp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Funds {\n    funds {\n      ...FundFiguresFields\n    }\n  }\n"): (typeof documents)["\n  query Funds {\n    funds {\n      ...FundFiguresFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundLedger($id: ID!) {\n    fund(id: $id) {\n      ...FundFiguresFields\n      members {\n        id\n        name\n        type\n        committed\n        paidIn\n      }\n      commitments {\n        id\n        memberId\n        memberName\n        memberType\n        amount\n        paidIn\n        outstanding\n        createdAt\n        changes {\n          id\n          amountBefore\n          amountAfter\n          reason\n          at\n        }\n      }\n      payments {\n        id\n        commitmentId\n        memberName\n        memberType\n        amount\n        date\n      }\n      rounds {\n        ...FundingRoundFields\n      }\n      holdings {\n        startupId\n        startupName\n        invested\n        stakeBp\n        stakeCapBp\n        status\n        unrealizedValue\n        realizedValue\n      }\n    }\n  }\n"): (typeof documents)["\n  query FundLedger($id: ID!) {\n    fund(id: $id) {\n      ...FundFiguresFields\n      members {\n        id\n        name\n        type\n        committed\n        paidIn\n      }\n      commitments {\n        id\n        memberId\n        memberName\n        memberType\n        amount\n        paidIn\n        outstanding\n        createdAt\n        changes {\n          id\n          amountBefore\n          amountAfter\n          reason\n          at\n        }\n      }\n      payments {\n        id\n        commitmentId\n        memberName\n        memberType\n        amount\n        date\n      }\n      rounds {\n        ...FundingRoundFields\n      }\n      holdings {\n        startupId\n        startupName\n        invested\n        stakeBp\n        stakeCapBp\n        status\n        unrealizedValue\n        realizedValue\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CapTable($startupId: ID!) {\n    capTable(startupId: $startupId) {\n      startupId\n      startupName\n      lastPostMoney\n      rounds {\n        ...FundingRoundFields\n      }\n      entries {\n        holderName\n        kind\n        fundId\n        stakeBp\n        stakeNumerator\n        stakeDenominator\n        invested\n        capBp\n        headroomBp\n      }\n    }\n  }\n"): (typeof documents)["\n  query CapTable($startupId: ID!) {\n    capTable(startupId: $startupId) {\n      startupId\n      startupName\n      lastPostMoney\n      rounds {\n        ...FundingRoundFields\n      }\n      entries {\n        holderName\n        kind\n        fundId\n        stakeBp\n        stakeNumerator\n        stakeDenominator\n        invested\n        capBp\n        headroomBp\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundCsv($fundId: ID!, $table: FundCsvTable!) {\n    fundCsv(fundId: $fundId, table: $table)\n  }\n"): (typeof documents)["\n  query FundCsv($fundId: ID!, $table: FundCsvTable!) {\n    fundCsv(fundId: $fundId, table: $table)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundStartupOptions {\n    startups(first: 100) {\n      edges {\n        node {\n          id\n          name\n          stage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoundStartupOptions {\n    startups(first: 100) {\n      edges {\n        node {\n          id\n          name\n          stage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitCapital($input: CommitCapitalInput!) {\n    commitCapital(input: $input) {\n      id\n      amount\n    }\n  }\n"): (typeof documents)["\n  mutation CommitCapital($input: CommitCapitalInput!) {\n    commitCapital(input: $input) {\n      id\n      amount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeCommitment($commitmentId: ID!, $amount: VND!, $reason: String) {\n    changeCommitment(commitmentId: $commitmentId, amount: $amount, reason: $reason) {\n      id\n      amount\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeCommitment($commitmentId: ID!, $amount: VND!, $reason: String) {\n    changeCommitment(commitmentId: $commitmentId, amount: $amount, reason: $reason) {\n      id\n      amount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayInCapital($input: PayInCapitalInput!) {\n    payInCapital(input: $input) {\n      id\n      amount\n    }\n  }\n"): (typeof documents)["\n  mutation PayInCapital($input: PayInCapitalInput!) {\n    payInCapital(input: $input) {\n      id\n      amount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFundingRound($input: RecordFundingRoundInput!) {\n    recordFundingRound(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFundingRound($input: RecordFundingRoundInput!) {\n    recordFundingRound(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUserFields on User {\n    id\n    email\n    role\n    displayName\n  }\n"): (typeof documents)["\n  fragment SessionUserFields on User {\n    id\n    email\n    role\n    displayName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;