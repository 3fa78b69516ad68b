// The route table is the one source for pages, access rules and the main navigation.
import {
  createRouter,
  createWebHistory,
  START_LOCATION,
  type RouteLocationNormalized,
  type RouteLocationRaw,
  type RouteMeta,
} from 'vue-router';
import type { Role } from './api/generated/graphql';
import { useAuthStore } from './stores/auth';

declare module 'vue-router' {
  interface RouteMeta {
    /** Roles that may open the route; absent = any signed-in user. */
    roles?: Role[];
    /** Open without signing in. */
    public?: boolean;
    /** i18n key of the page title (also the navigation label). */
    titleKey?: string;
    /** Show in the main navigation; `navOrder` sorts the items. */
    nav?: boolean;
    navOrder?: number;
    /** PrimeIcons class for the navigation item, e.g. `pi pi-chart-bar`. */
    icon?: string;
    /** A public page listed in the navigation only for visitors who are not signed in. */
    guestNav?: boolean;
    /** Starts the page's first queries (its `*-data.ts` module) while the session check and its code load. */
    prefetch?: (to: RouteLocationNormalized) => Promise<void>;
  }
}

/** Where each role lands after signing in or opening `/`. */
const ROLE_HOME: Record<Role, string> = {
  ADMIN: '/admin/users',
  INCUBATOR_MANAGER: '/program',
  FUND_MANAGER: '/fund',
  FOUNDER: '/my-startup',
  BOARD: '/board',
  MENTOR: '/mentor',
};

export function homeFor(role: Role | null): string {
  return role ? ROLE_HOME[role] : '/login';
}

/** Whether a user with `role` (null = anonymous) may open a route with this meta. */
export function routeAllows(meta: RouteMeta, role: Role | null): boolean {
  if (meta.public) return true;
  if (!role) return false;
  return !meta.roles || meta.roles.includes(role);
}

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    {
      path: '/login',
      name: 'login',
      component: () => import('./pages/public/LoginPage.vue'),
      meta: { public: true, titleKey: 'pages.login' },
    },
    {
      path: '/forgot-password',
      name: 'forgot-password',
      component: () => import('./pages/public/ForgotPasswordPage.vue'),
      meta: { public: true, titleKey: 'pages.forgotPassword' },
    },
    {
      path: '/reset-password/:token',
      name: 'reset-password',
      component: () => import('./pages/public/ResetPasswordPage.vue'),
      meta: { public: true, titleKey: 'pages.resetPassword' },
    },
    {
      path: '/',
      name: 'root',
      redirect: () => homeFor(useAuthStore().role),
    },
    {
      path: '/challenges',
      name: 'challenges',
      component: () => import('./pages/public/ChallengesPage.vue'),
      meta: {
        public: true,
        titleKey: 'pages.challenges',
        nav: true,
        guestNav: true,
        navOrder: 5,
        icon: 'pi pi-megaphone',
      },
    },
    {
      // The program's aggregate progress toward its 2026–2030 targets, for the city's residents.
      path: '/progress',
      name: 'progress',
      component: () => import('./pages/public/ProgressPage.vue'),
      meta: {
        public: true,
        titleKey: 'pages.progress',
        nav: true,
        guestNav: true,
        navOrder: 6,
        icon: 'pi pi-chart-line',
      },
    },
    {
      // The city's PPP portal: priority tasks, proposals without an account, status by receipt code.
      path: '/ppp',
      name: 'ppp',
      component: () => import('./pages/ppp/PriorityTasksPage.vue'),
      meta: {
        public: true,
        titleKey: 'ppp.pages.tasks',
        nav: true,
        guestNav: true,
        navOrder: 7,
        icon: 'pi pi-briefcase',
      },
    },
    {
      path: '/ppp/submit',
      name: 'ppp-submit',
      component: () => import('./pages/ppp/PppSubmitPage.vue'),
      meta: { public: true, titleKey: 'ppp.pages.submit' },
    },
    {
      path: '/ppp/status/:code?',
      name: 'ppp-status',
      component: () => import('./pages/ppp/PppStatusPage.vue'),
      meta: { public: true, titleKey: 'ppp.pages.status' },
    },
    {
      path: '/challenges/:id',
      name: 'challenge',
      component: () => import('./pages/public/ChallengeDetailPage.vue'),
      meta: { public: true, titleKey: 'pages.challenge' },
    },
    {
      path: '/challenges/:id/apply',
      name: 'challenge-apply',
      component: () => import('./pages/public/ApplyPage.vue'),
      meta: { public: true, titleKey: 'pages.apply' },
    },
    {
      path: '/challenges/:id/appeal',
      name: 'challenge-appeal',
      component: () => import('./pages/public/AppealPage.vue'),
      meta: { public: true, titleKey: 'selection.appealPageTitle' },
    },
    {
      // The server builds invitation links as /invitation/<token>.
      path: '/invitation/:token',
      alias: '/invitations/:token',
      name: 'invitation',
      component: () => import('./pages/public/InvitationPage.vue'),
      meta: { public: true, titleKey: 'pages.invitation' },
    },
    {
      // The program area: one navigation entry; its sections are children (ProgramNav links them).
      // Named so the record is listed by getRoutes() (vue-router skips records with no name/component).
      path: '/program',
      name: 'program-area',
      meta: {
        roles: ['INCUBATOR_MANAGER', 'ADMIN', 'BOARD'],
        titleKey: 'pages.program',
        nav: true,
        navOrder: 10,
        icon: 'pi pi-users',
      },
      children: [
        {
          path: '',
          name: 'program',
          component: () => import('./pages/program/PipelinePage.vue'),
          meta: { titleKey: 'pages.pipeline' },
        },
        {
          path: 'startups',
          name: 'program-startups',
          component: () => import('./pages/program/StartupListPage.vue'),
          meta: {
            titleKey: 'pages.startups',
            prefetch: (to) => import('./pages/program/startup-list-data').then((m) => m.prefetchStartupList(to.query)),
          },
        },
        {
          path: 'startups/:id',
          name: 'program-startup',
          component: () => import('./pages/program/StartupPage.vue'),
          meta: { titleKey: 'pages.startup' },
        },
        {
          path: 'cohorts',
          name: 'program-cohorts',
          component: () => import('./pages/program/CohortsPage.vue'),
          meta: { titleKey: 'pages.cohorts' },
        },
        {
          path: 'cohorts/:id',
          name: 'program-cohort',
          component: () => import('./pages/program/CohortPage.vue'),
          meta: { titleKey: 'pages.cohort' },
        },
        {
          path: 'applications',
          name: 'program-applications',
          component: () => import('./pages/program/ReviewListPage.vue'),
          meta: { titleKey: 'pages.applications' },
        },
        {
          path: 'challenges',
          name: 'program-challenges',
          component: () => import('./pages/program/ChallengeAdminPage.vue'),
          meta: { titleKey: 'pages.challengeAdmin' },
        },
        {
          path: 'gates',
          name: 'program-gates',
          component: () => import('./pages/program/ProgramGatesPage.vue'),
          meta: { titleKey: 'pages.programGates' },
        },
        {
          path: 'overdue',
          name: 'program-overdue',
          component: () => import('./pages/program/OverdueReportsPage.vue'),
          meta: { titleKey: 'pages.overdue' },
        },
        {
          path: 'ppp',
          name: 'program-ppp',
          component: () => import('./pages/ppp/PppProposalsPage.vue'),
          meta: { titleKey: 'ppp.pages.review' },
        },
        {
          path: 'priority-tasks',
          name: 'program-priority-tasks',
          component: () => import('./pages/ppp/PriorityTasksAdminPage.vue'),
          meta: { titleKey: 'priorityTasks.title' },
        },
        {
          path: 'partners',
          name: 'program-partners',
          component: () => import('./pages/ppp/PartnersPilotsPage.vue'),
          meta: { titleKey: 'partners.pageTitle' },
        },
        {
          path: 'applications/:challengeId',
          name: 'program-application-review',
          component: () => import('./pages/program/ApplicationReviewPage.vue'),
          meta: { titleKey: 'pages.applicationReview' },
        },
      ],
    },
    {
      path: '/fund',
      name: 'fund',
      component: () => import('./pages/fund/FundHomePage.vue'),
      meta: {
        roles: ['FUND_MANAGER', 'ADMIN', 'BOARD'],
        titleKey: 'pages.fund',
        nav: true,
        navOrder: 20,
        icon: 'pi pi-wallet',
      },
    },
    {
      path: '/fund/:fundId',
      name: 'fund-overview',
      component: () => import('./pages/fund/FundOverviewPage.vue'),
      props: true,
      meta: {
        roles: ['FUND_MANAGER', 'ADMIN', 'BOARD'],
        titleKey: 'pages.fundOverview',
        prefetch: (to) => import('./pages/fund/fund-data').then((m) => m.prefetchFund(String(to.params.fundId))),
      },
    },
    {
      path: '/deals',
      name: 'deals',
      component: () => import('./pages/deals/DealsBoardPage.vue'),
      meta: {
        roles: ['FUND_MANAGER', 'ADMIN', 'BOARD'],
        titleKey: 'deals.pages.board',
        nav: true,
        navOrder: 21,
        icon: 'pi pi-briefcase',
      },
    },
    {
      path: '/deals/:dealId',
      name: 'deal',
      component: () => import('./pages/deals/DealPage.vue'),
      props: true,
      meta: { roles: ['FUND_MANAGER', 'ADMIN', 'BOARD'], titleKey: 'deals.pages.deal' },
    },
    {
      path: '/fund/:fundId/cap-table/:startupId',
      name: 'fund-cap-table',
      component: () => import('./pages/fund/FundCapTablePage.vue'),
      props: true,
      meta: { roles: ['FUND_MANAGER', 'ADMIN', 'BOARD'], titleKey: 'pages.fundCapTable' },
    },
    {
      path: '/board',
      name: 'board',
      component: () => import('./pages/board/BoardHomePage.vue'),
      meta: {
        roles: ['BOARD', 'ADMIN'],
        titleKey: 'pages.board',
        nav: true,
        navOrder: 30,
        icon: 'pi pi-chart-bar',
        prefetch: () => import('./pages/board/board-data').then((m) => m.prefetchBoard()),
      },
    },
    {
      path: '/my-startup',
      name: 'my-startup',
      component: () => import('./pages/founder/MyStartupPage.vue'),
      meta: { roles: ['FOUNDER'], titleKey: 'pages.myStartup', nav: true, navOrder: 40, icon: 'pi pi-bolt' },
    },
    // Mentors and experts, office hours, blind review.
    {
      path: '/mentor',
      name: 'mentor-home',
      component: () => import('./pages/mentors/MentorHomePage.vue'),
      meta: { roles: ['MENTOR'], titleKey: 'mentors.homeTitle', nav: true, navOrder: 41, icon: 'pi pi-compass' },
    },
    {
      path: '/my-mentors',
      name: 'founder-mentors',
      component: () => import('./pages/mentors/FounderMentorsPage.vue'),
      meta: { roles: ['FOUNDER'], titleKey: 'mentors.founderTitle', nav: true, navOrder: 42, icon: 'pi pi-calendar' },
    },
    {
      path: '/mentors',
      name: 'mentor-directory',
      component: () => import('./pages/mentors/MentorDirectoryPage.vue'),
      meta: {
        roles: ['INCUBATOR_MANAGER', 'ADMIN', 'BOARD'],
        titleKey: 'mentors.directoryTitle',
        nav: true,
        navOrder: 12,
        icon: 'pi pi-compass',
      },
    },
    {
      path: '/mentors/sessions',
      name: 'mentor-sessions',
      component: () => import('./pages/mentors/SessionsPage.vue'),
      meta: { roles: ['INCUBATOR_MANAGER', 'ADMIN', 'BOARD'], titleKey: 'mentors.sessionsTitle' },
    },
    {
      path: '/mentors/match/:startupId',
      name: 'mentor-match',
      component: () => import('./pages/mentors/MentorMatchPage.vue'),
      meta: { roles: ['INCUBATOR_MANAGER', 'ADMIN'], titleKey: 'mentors.matchTitle' },
    },
    {
      path: '/mentors/:id',
      name: 'mentor-profile',
      component: () => import('./pages/mentors/MentorProfilePage.vue'),
      meta: { roles: ['INCUBATOR_MANAGER', 'ADMIN', 'BOARD'], titleKey: 'mentors.profileTitle' },
    },
    {
      path: '/reviews',
      name: 'reviews',
      component: () => import('./pages/review/ReviewPage.vue'),
      meta: {
        roles: ['INCUBATOR_MANAGER', 'ADMIN', 'MENTOR'],
        titleKey: 'review.blind.title',
        nav: true,
        navOrder: 13,
        icon: 'pi pi-eye-slash',
      },
    },
    {
      path: '/reviews/ranking/:challengeId',
      name: 'review-ranking',
      component: () => import('./pages/review/ReviewRankingPage.vue'),
      meta: { roles: ['INCUBATOR_MANAGER', 'ADMIN', 'BOARD'], titleKey: 'review.blind.rankingTitle' },
    },
    {
      path: '/admin/users',
      name: 'admin-users',
      component: () => import('./pages/admin/AdminUsersPage.vue'),
      meta: { roles: ['ADMIN'], titleKey: 'pages.adminUsers', nav: true, navOrder: 90, icon: 'pi pi-id-card' },
    },
    {
      path: '/admin/mail',
      name: 'admin-mail',
      component: () => import('./pages/admin/MailPage.vue'),
      meta: { roles: ['ADMIN'], titleKey: 'pages.adminMail', nav: true, navOrder: 91, icon: 'pi pi-envelope' },
    },
    {
      path: '/admin/sectors',
      name: 'admin-sectors',
      component: () => import('./pages/admin/AdminSectorsPage.vue'),
      meta: { roles: ['ADMIN'], titleKey: 'pages.adminSectors', nav: true, navOrder: 92, icon: 'pi pi-tags' },
    },
    {
      // Any signed-in role; reached from the user's name in the header, so not in the navigation.
      path: '/account',
      name: 'account',
      component: () => import('./pages/account/AccountPage.vue'),
      meta: { titleKey: 'pages.account' },
    },
    {
      path: '/account/notifications',
      name: 'account-notifications',
      component: () => import('./pages/account/NotificationPrefsPage.vue'),
      meta: { titleKey: 'notificationPrefs.title' },
    },
    {
      path: '/audit',
      name: 'audit',
      component: () => import('./pages/admin/AuditLogPage.vue'),
      meta: { roles: ['BOARD', 'ADMIN'], titleKey: 'pages.audit', nav: true, navOrder: 95, icon: 'pi pi-history' },
    },
    {
      path: '/:pathMatch(.*)*',
      name: 'not-found',
      component: () => import('./pages/public/NotFoundPage.vue'),
      meta: { public: true, titleKey: 'pages.notFound' },
    },
  ],
  // The first page opens at the top already: scrolling there would force a layout in the middle of the first render.
  scrollBehavior: (_to, from, saved) => saved ?? (from === START_LOCATION ? false : { top: 0 }),
});

/** Starts downloading a lazily loaded page's chunk (vue-router would only after the guard). */
function preloadPage(to: RouteLocationNormalized): void {
  for (const record of to.matched) {
    const page = record.components?.default;
    if (typeof page === 'function') void (page as () => Promise<unknown>)();
  }
}

router.beforeEach(async (to): Promise<true | RouteLocationRaw> => {
  // Public pages open without waiting for `me`; the login page waits, to send a signed-in user home.
  if (to.meta.public && to.name !== 'login') return true;
  const auth = useAuthStore();
  // The page's first queries go out now, with the stored token (a refused token still sends to the login page),
  // unless the answered session already says the page is not for this user; their small module is asked for
  // before the page's code, whose dozens of chunks would otherwise queue ahead of it. The page mounts only once
  // they are sent, so it takes their answers instead of racing them with its own requests.
  const prefetch = auth.token && (auth.sessionPending || routeAllows(to.meta, auth.role)) && to.meta.prefetch;
  const prefetched = prefetch ? prefetch(to).catch(() => undefined) : null; // on failure the page asks itself
  preloadPage(to); // the page's code downloads while `me` answers
  await Promise.all([auth.initialize(), prefetched]);
  if (to.name === 'login' && auth.isSignedIn) return homeFor(auth.role);
  if (to.meta.public) return true;
  if (!auth.isSignedIn) return { name: 'login', query: { redirect: to.fullPath } };
  if (!routeAllows(to.meta, auth.role)) return homeFor(auth.role);
  return true;
});
