// Phones are first-class: every route of the router, opened by every role that may open it (and by a visitor for
// the public ones), fits a 360 and a 390 px wide screen without scrolling sideways; at desktop width the same pages
// have no serious or critical axe finding. The routes come from the running app's own router, so a new route is
// walked as soon as it exists (one with a parameter needs an example below, or the walk says so).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { startTestServer } from '../support/server';
import { launchBrowser, revealDeferred, screenshot, seriousA11yViolations } from '../support/browser';

const ROLES = ['ADMIN', 'INCUBATOR_MANAGER', 'FUND_MANAGER', 'FOUNDER', 'BOARD', 'MENTOR'] as const;
type Role = (typeof ROLES)[number];
type Visitor = Role | 'ANONYMOUS';

const ACCOUNTS: Record<Role, string> = {
  ADMIN: 'admin@launchpad.test',
  INCUBATOR_MANAGER: 'incubator@launchpad.test',
  FUND_MANAGER: 'fund@launchpad.test',
  FOUNDER: 'founder@launchpad.test',
  BOARD: 'board@launchpad.test',
  MENTOR: 'mentor@launchpad.test',
};

const PHONE_WIDTHS = [360, 390] as const;
const DESKTOP = { width: 1366, height: 900 };

/** A route record as the app's router lists it, with the access rule of the whole matched chain. */
interface RouteInfo {
  name: string;
  path: string;
  public: boolean;
  roles: Role[] | null;
}

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** Real ids of the demo data, by the example key used in `EXAMPLES`. */
let ids: Record<string, string> = {};

/** One real row of the demo program for each route parameter. */
async function demoIds(databaseUrl: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const one = async (sql: string): Promise<string> => {
    const { rows } = await client.query<{ id: string }>(sql);
    if (!rows[0]) throw new Error(`The demo data has no row for: ${sql}`);
    return rows[0].id;
  };
  try {
    const holding = await client.query<{ fund_id: string; startup_id: string }>(
      `select p.fund_id, r.startup_id from round_participations p join funding_rounds r on r.id = p.round_id
       where p.fund_id is not null and not exists (
         select 1 from fund_exits e where e.fund_id = p.fund_id and e.startup_id = r.startup_id)
       order by r.date limit 1`,
    );
    return {
      challenge: await one(
        `select c.id from challenges c where c.status = 'PUBLISHED' order by c.deadline desc limit 1`,
      ),
      reviewedChallenge: await one(
        `select challenge_id as id from applications group by challenge_id order by count(*) desc limit 1`,
      ),
      startup: await one(`select id from startups order by name limit 1`),
      cohort: await one(`select id from cohorts order by name limit 1`),
      fund: holding.rows[0]!.fund_id,
      heldStartup: holding.rows[0]!.startup_id,
      deal: await one(`select id from deals order by created_at limit 1`),
      mentor: await one(`select id from mentor_profiles order by display_name limit 1`),
      pppCode: await one(`select code as id from ppp_proposals order by submitted_at limit 1`),
    };
  } finally {
    await client.end();
  }
}

/** The address opened for each route that has parameters (keyed by route name). */
const EXAMPLES: Record<string, (id: Record<string, string>) => string> = {
  // A link whose token matches nothing still renders its page (the explanation), which is what is measured.
  'reset-password': () => '/reset-password/no-such-token',
  invitation: () => '/invitation/no-such-token',
  'ppp-status': (id) => `/ppp/status/${id.pppCode}`,
  challenge: (id) => `/challenges/${id.challenge}`,
  'challenge-apply': (id) => `/challenges/${id.challenge}/apply`,
  // The statement whose decisions were sent: its applicants may appeal.
  'challenge-appeal': (id) => `/challenges/${id.reviewedChallenge}/appeal`,
  'program-startup': (id) => `/program/startups/${id.startup}`,
  'program-cohort': (id) => `/program/cohorts/${id.cohort}`,
  'program-application-review': (id) => `/program/applications/${id.reviewedChallenge}`,
  'fund-overview': (id) => `/fund/${id.fund}`,
  deal: (id) => `/deals/${id.deal}`,
  'fund-cap-table': (id) => `/fund/${id.fund}/cap-table/${id.heldStartup}`,
  'mentor-match': (id) => `/mentors/match/${id.startup}`,
  'mentor-profile': (id) => `/mentors/${id.mentor}`,
  'review-ranking': (id) => `/reviews/ranking/${id.reviewedChallenge}`,
  'not-found': () => '/no-such-page',
};

function addressOf(route: RouteInfo): string {
  const example = EXAMPLES[route.name];
  if (example) return example(ids);
  if (route.path.includes(':')) throw new Error(`Route ${route.name} (${route.path}) needs an example address`);
  return route.path;
}

/** Whether `visitor` may open the route (the router's `routeAllows`). */
function opens(route: RouteInfo, visitor: Visitor): boolean {
  if (route.public) return true;
  if (visitor === 'ANONYMOUS') return false;
  return route.roles === null || route.roles.includes(visitor);
}

/** Every page route of the running app: records with a component, no alias copies, no redirects. */
async function appRoutes(page: Page): Promise<RouteInfo[]> {
  return page.evaluate(() => {
    interface Meta {
      public?: boolean;
      roles?: string[];
    }
    interface Record {
      name?: string | symbol;
      path: string;
      meta: Meta;
      aliasOf?: unknown;
      redirect?: unknown;
      components?: unknown;
      children?: { name?: string | symbol }[];
    }
    const host = document.querySelector('#app') as unknown as {
      __vue_app__: { config: { globalProperties: { $router: { getRoutes(): Record[] } } } };
    };
    const records = host.__vue_app__.config.globalProperties.$router.getRoutes();
    // A child route takes the access rule of its parent (the router merges meta along the matched chain).
    const parentOf = new Map<string | symbol, Record>();
    for (const record of records)
      for (const child of record.children ?? []) if (child.name) parentOf.set(child.name, record);
    return records
      .filter((r) => r.components && !r.aliasOf && !r.redirect && typeof r.name === 'string')
      .map((r) => {
        const meta = { ...parentOf.get(r.name as string)?.meta, ...r.meta };
        return {
          name: r.name as string,
          path: r.path,
          public: meta.public === true,
          roles: (meta.roles ?? null) as RouteInfo['roles'],
        };
      });
  });
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.locator('#login-password').fill('launchpad-demo');
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

/** The page's HTTP requests in flight (a WebSocket is not one), to know when its data has arrived. */
function trackRequests(page: Page): () => string[] {
  // A set, not a counter: a request reported twice (finished after failing) cannot push the count off zero.
  const inFlight = new Set<Request>();
  page.on('request', (request) => inFlight.add(request));
  page.on('requestfinished', (request) => inFlight.delete(request));
  page.on('requestfailed', (request) => inFlight.delete(request));
  return () => [...inFlight].map((request) => `${request.method()} ${request.url()}`);
}
const inFlightOf = new WeakMap<Page, () => string[]>();

/** Opens an address inside the running app (its router), as a click on a link would: no reload between pages. */
async function navigate(page: Page, address: string): Promise<void> {
  await page.evaluate(async (to) => {
    const host = document.querySelector('#app') as unknown as {
      __vue_app__: { config: { globalProperties: { $router: { push(to: string): Promise<unknown> } } } };
    };
    await host.__vue_app__.config.globalProperties.$router.push(to);
  }, address);
}

/** How long a page may take to draw its data before the walk says which requests it was still waiting for. */
const SETTLE_LIMIT_MS = 90_000;

/**
 * Waits until the page has drawn its data: no request in flight for a moment, no skeleton or spinner left. The
 * sections built only when scrolled near are scrolled to first, so the widths and axe judge the whole page.
 */
async function settle(page: Page): Promise<void> {
  const inFlight = inFlightOf.get(page) ?? (() => []);
  const deadline = Date.now() + SETTLE_LIMIT_MS;
  const quietFor = async () => {
    for (let quiet = 0; quiet < 3;) {
      if (Date.now() > deadline)
        throw new Error(`${page.url()} still waits for: ${inFlight().join(', ') || 'nothing'}`);
      await page.waitForTimeout(150);
      quiet = inFlight().length === 0 ? quiet + 1 : 0;
    }
  };
  await quietFor();
  await revealDeferred(page);
  await quietFor();
  await page.waitForFunction(
    () => !document.querySelector('.p-skeleton, .p-progressspinner, .p-datatable-mask, [aria-busy="true"]'),
    null,
    { timeout: 30_000 },
  );
}

/** How long one route's whole walk (open, settle, axe twice, two widths) may take. */
const ROUTE_LIMIT_MS = 180_000;

/** Runs one route's walk, or says which route did not finish within the limit (the walk never hangs silently). */
async function within<T>(what: string, step: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish in ${ROUTE_LIMIT_MS / 1000} s`)), ROUTE_LIMIT_MS);
  });
  try {
    return await Promise.race([step, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** How many pixels the document is wider than the window (0 when nothing scrolls sideways). */
async function overflowAt(page: Page, width: number): Promise<{ excess: number; culprits: string[] }> {
  await page.setViewportSize({ width, height: 800 });
  return page.evaluate(async () => {
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const limit = window.innerWidth;
    const excess = document.documentElement.scrollWidth - limit;
    const culprits: string[] = [];
    if (excess > 0) {
      // The outermost elements that stick out, to say where to look.
      for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
        const box = el.getBoundingClientRect();
        if (box.right <= limit + 0.5 || box.width === 0) continue;
        const parent = el.parentElement?.getBoundingClientRect();
        if (parent && parent.right > limit + 0.5) continue;
        // Content clipped by a frame that scrolls (a wide table in its frame) does not widen the page.
        let clipped = false;
        for (let frame = el.parentElement; frame && !clipped; frame = frame.parentElement)
          clipped =
            getComputedStyle(frame).overflowX !== 'visible' && frame.getBoundingClientRect().right <= limit + 0.5;
        if (clipped) continue;
        const cls =
          typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        culprits.push(`${el.tagName.toLowerCase()}${cls} (${Math.round(box.right)})`);
        if (culprits.length >= 3) break;
      }
    }
    return { excess, culprits };
  });
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  ids = await demoIds(server.databaseUrl);
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

describe('every route on a phone', () => {
  const overflows: string[] = [];
  const a11y: string[] = [];
  const measured: string[] = [];
  /** Routes axe has judged already: the page is the same for each role, so once at desktop width and once on a phone. */
  const axed = new Set<string>();
  let routes: RouteInfo[] = [];

  // PHONE_WALK_VISITORS=ADMIN,BOARD and PHONE_WALK_ROUTES=board,fund-overview narrow a local run to some roles and
  // routes (the full walk is the default).
  const only = process.env.PHONE_WALK_VISITORS?.split(',');
  const onlyRoutes = process.env.PHONE_WALK_ROUTES?.split(',');
  const visitors = (['ANONYMOUS', ...ROLES] as Visitor[]).filter((v) => !only || only.includes(v));

  /** Opens one route as `visitor`, lets axe judge it (once per route) and measures it at both phone widths. */
  async function measure(page: Page, route: RouteInfo, visitor: Visitor): Promise<void> {
    const address = addressOf(route);
    const judge = !axed.has(route.name);
    await page.setViewportSize(judge ? DESKTOP : { width: PHONE_WIDTHS[1], height: 800 });
    await navigate(page, address);
    await settle(page);
    if (judge) {
      axed.add(route.name);
      const found = await seriousA11yViolations(page);
      if (found) a11y.push(`${visitor} ${address}:\n${found}`);
    }
    for (const width of [...PHONE_WIDTHS].reverse()) {
      const { excess, culprits } = await overflowAt(page, width);
      if (excess > 0) {
        overflows.push(`${visitor} ${route.name} ${address} @${width}px: +${excess}px — ${culprits.join(', ')}`);
        await screenshot(page, `phone-overflow-${visitor}-${route.name}-${width}`);
      }
    }
    if (judge) {
      // And once on the phone (now 360 px wide), where wide tables scroll inside their own frames.
      const found = await seriousA11yViolations(page);
      if (found) a11y.push(`${visitor} ${address} @${PHONE_WIDTHS[0]}px:\n${found}`);
    }
  }

  for (const visitor of visitors) {
    it(`walks every route ${visitor === 'ANONYMOUS' ? 'a visitor' : `a ${visitor}`} may open`, async () => {
      const context = await browser.newContext({ baseURL: server.url, viewport: DESKTOP });
      contexts.push(context);
      const page = await context.newPage();
      inFlightOf.set(page, trackRequests(page));
      await page.goto('/login');
      await page.locator('#app form').waitFor();
      if (routes.length === 0) routes = await appRoutes(page);
      if (visitor !== 'ANONYMOUS') await signIn(page, ACCOUNTS[visitor]);

      for (const route of routes) {
        if (!opens(route, visitor) || (onlyRoutes && !onlyRoutes.includes(route.name))) continue;
        // A signed-in user is sent home from the login page.
        if (visitor !== 'ANONYMOUS' && route.name === 'login') continue;
        await within(`${route.name} as ${visitor}`, measure(page, route, visitor));
        measured.push(`${route.name} × ${visitor}`);
      }
      await context.close();
    }, 900_000);
  }

  it('finds no page wider than a 360 or 390 px screen and no serious axe finding', () => {
    // Printed so a run shows what was walked.
    process.stdout.write(`Measured ${measured.length} route × role pairs:\n${measured.join('\n')}\n`);
    expect(measured.length).toBeGreaterThan(0);
    expect({ overflows, a11y }).toEqual({ overflows: [], a11y: [] });
  });
});

/** The app's main forms, each opened by the role that uses it: axe judges the page with the dialog open. */
const DIALOGS: { visitor: Role; address: (id: Record<string, string>) => string; opener: string }[] = [
  { visitor: 'FUND_MANAGER', address: () => '/fund', opener: '[data-testid="new-fund"]' },
  { visitor: 'FUND_MANAGER', address: (id) => `/fund/${id.fund}`, opener: 'button:has-text("Thêm cam kết")' },
  { visitor: 'FUND_MANAGER', address: (id) => `/fund/${id.fund}`, opener: 'button:has-text("Ghi nhận góp vốn")' },
  { visitor: 'FUND_MANAGER', address: (id) => `/fund/${id.fund}`, opener: 'button:has-text("Ghi nhận vòng gọi vốn")' },
  {
    visitor: 'FUND_MANAGER',
    address: (id) => `/fund/${id.fund}/cap-table/${id.heldStartup}`,
    opener: '[data-testid="record-valuation"]',
  },
  {
    visitor: 'FUND_MANAGER',
    address: (id) => `/fund/${id.fund}/cap-table/${id.heldStartup}`,
    opener: '[data-testid="record-exit"]',
  },
  { visitor: 'INCUBATOR_MANAGER', address: () => '/program/startups', opener: '[data-testid="new-startup"]' },
  { visitor: 'INCUBATOR_MANAGER', address: () => '/program/cohorts', opener: '[data-testid="new-cohort"]' },
  {
    visitor: 'INCUBATOR_MANAGER',
    address: (id) => `/program/cohorts/${id.cohort}`,
    opener: 'button:has-text("Sửa khóa ươm tạo")',
  },
  { visitor: 'INCUBATOR_MANAGER', address: () => '/program/challenges', opener: '[data-testid="new-challenge"]' },
  {
    visitor: 'INCUBATOR_MANAGER',
    address: (id) => `/program/startups/${id.startup}`,
    opener: 'button:has-text("Mời nhà sáng lập")',
  },
  {
    visitor: 'INCUBATOR_MANAGER',
    address: (id) => `/program/startups/${id.startup}`,
    opener: 'button:has-text("Thêm cột mốc")',
  },
  {
    visitor: 'INCUBATOR_MANAGER',
    address: (id) => `/program/startups/${id.startup}`,
    opener: '[data-testid="checklist"] button:has-text("Sửa")',
  },
  {
    visitor: 'INCUBATOR_MANAGER',
    address: (id) => `/program/startups/${id.startup}`,
    opener: 'button:has-text("Thêm khoản chi")',
  },
  {
    visitor: 'INCUBATOR_MANAGER',
    address: (id) => `/program/startups/${id.startup}`,
    opener: 'button:has-text("Ghi nhận hỗ trợ")',
  },
  { visitor: 'INCUBATOR_MANAGER', address: () => '/program/partners', opener: 'button:has-text("Thêm thí điểm")' },
  { visitor: 'INCUBATOR_MANAGER', address: () => '/program/partners', opener: 'button:has-text("Thêm đối tác")' },
  {
    visitor: 'INCUBATOR_MANAGER',
    address: () => '/program/priority-tasks',
    opener: 'button:has-text("Thêm nhiệm vụ")',
  },
  { visitor: 'FOUNDER', address: () => '/my-startup', opener: 'button:has-text("Gửi báo cáo")' },
  { visitor: 'FOUNDER', address: () => '/my-startup', opener: 'button:has-text("Thêm cột mốc")' },
  { visitor: 'FOUNDER', address: () => '/my-startup', opener: 'button:has-text("Kê khai lợi nhuận trước thuế")' },
  { visitor: 'FUND_MANAGER', address: (id) => `/fund/${id.fund}`, opener: '[data-testid="new-capital-call"]' },
  { visitor: 'FUND_MANAGER', address: () => '/deals', opener: 'button:has-text("Thương vụ mới")' },
  { visitor: 'ADMIN', address: () => '/admin/users', opener: '[data-testid="new-account"]' },
  { visitor: 'ADMIN', address: () => '/board', opener: '[data-testid="edit-targets"]' },
  { visitor: 'ADMIN', address: (id) => `/fund/${id.fund}`, opener: '[data-testid="add-rule-version"]' },
  {
    visitor: 'ADMIN',
    address: () => '/admin/sectors',
    opener: '[data-testid="sectors-table"] button:has-text("Sửa tên")',
  },
];

describe('every main dialog', () => {
  it('has no serious or critical axe finding while open', async () => {
    const findings: string[] = [];
    const pages = new Map<Role, Page>();
    for (const dialog of DIALOGS) {
      let page = pages.get(dialog.visitor);
      if (!page) {
        const context = await browser.newContext({ baseURL: server.url, viewport: DESKTOP });
        contexts.push(context);
        page = await context.newPage();
        inFlightOf.set(page, trackRequests(page));
        await signIn(page, ACCOUNTS[dialog.visitor]);
        pages.set(dialog.visitor, page);
      }
      const address = dialog.address(ids);
      await navigate(page, address);
      await settle(page);
      await page.locator(dialog.opener).first().click();
      const open = page.getByRole('dialog');
      await open.waitFor();
      await settle(page);
      const found = await seriousA11yViolations(page);
      if (found) findings.push(`${dialog.visitor} ${address} ${dialog.opener}:\n${found}`);
      await screenshot(page, `dialog-${dialog.visitor}-${DIALOGS.indexOf(dialog)}`);
      await page.keyboard.press('Escape');
      await open.waitFor({ state: 'hidden' });
    }
    expect(findings).toEqual([]);
  }, 600_000);
});
