// The queries a page asks first, sent by a tiny script in the page's HTML (web/build/first-load.ts)
// while the app's code is still downloading, instead of after it has run: on a phone that is a second or more.
// The app then takes each answer for its own identical request (`request` in client.ts). Each entry must be
// exactly what the page's stores send — tests/e2e/first-load.test.ts fails when one is not taken.
import { KPI_WINDOW } from '@launchpad/shared';
import type { DocumentNode } from 'graphql';
import {
  ChannelsSummaryDocument,
  FundLawDocument,
  FundLedgerDocument,
  KpiDashboardDocument,
  MeDocument,
  PriorityTasksDocument,
  PublicKpiSummaryDocument,
  PublishedChallengesDocument,
  StartupFiltersDocument,
  StartupsDocument,
} from './generated/graphql';
import { STARTUP_LIST_PAGE_SIZE } from './page-sizes';

/** Variables as sent; in strings, `$1` is the path's first captured part and `$today` Hanoi's day. */
export interface FirstLoadRequest {
  document: DocumentNode;
  variables: Record<string, string | number | null>;
}

export interface FirstLoadRoute {
  /** The page's path (no query string: a filtered address is left to the app). */
  path: RegExp;
  requests: FirstLoadRequest[];
}

/** Asked on every page opened with a stored session: the router waits for it before any signed-in page. */
export const SESSION_REQUEST: FirstLoadRequest = { document: MeDocument, variables: {} };

export const FIRST_LOAD_ROUTES: FirstLoadRoute[] = [
  {
    path: /^\/board\/?$/,
    requests: [{ document: KpiDashboardDocument, variables: { from: KPI_WINDOW.from, to: KPI_WINDOW.to } }],
  },
  {
    path: /^\/fund\/([^/]+)\/?$/,
    requests: [
      { document: FundLedgerDocument, variables: { id: '$1' } },
      { document: FundLawDocument, variables: { id: '$1', day: '$today' } },
    ],
  },
  {
    path: /^\/program\/startups\/?$/,
    requests: [
      {
        document: StartupsDocument,
        variables: {
          stage: null,
          cohortId: null,
          sector: null,
          search: null,
          sort: 'NAME_ASC',
          first: STARTUP_LIST_PAGE_SIZE,
          after: null,
        },
      },
      { document: StartupFiltersDocument, variables: {} },
    ],
  },
];

/** Public pages' queries, asked as `GET /graphql?query=…` (as `requestPublic` does), signed in or not. */
export const FIRST_LOAD_PUBLIC_ROUTES: { path: RegExp; documents: DocumentNode[] }[] = [
  { path: /^\/challenges\/?$/, documents: [PublishedChallengesDocument] },
  { path: /^\/progress\/?$/, documents: [PublicKpiSummaryDocument] },
  { path: /^\/ppp\/?$/, documents: [PriorityTasksDocument, ChannelsSummaryDocument] },
];
