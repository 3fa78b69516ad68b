// Signed-in pages keep live WebSockets (the bell, the board's figures); Chromium does not keep a page with an open
// socket in the back/forward cache, so they close when the page is hidden and reopen when it is shown from it.
import { describe, expect, it } from 'vitest';
import type { Page, WebSocket } from 'playwright-core';
import { browserSession, signIn } from '../support/browser';

const session = browserSession();

/** Fires the page-transition event the browser sends when it puts a page in, or restores it from, the cache. */
function pageTransition(page: Page, type: 'pagehide' | 'pageshow'): Promise<void> {
  return page.evaluate((name) => {
    window.dispatchEvent(new PageTransitionEvent(name, { persisted: true }));
  }, type);
}

describe('back/forward cache', () => {
  it("closes the page's live sockets on pagehide and reopens them, live again, on pageshow", async () => {
    const signingIn = await session.newPage();
    await signIn(signingIn, 'board@launchpad.test');
    // A second tab of the same browser (the session in localStorage), so only this page's sockets are counted.
    const page = await signingIn.context().newPage();
    const sockets: WebSocket[] = [];
    page.on('websocket', (socket) => sockets.push(socket));
    const open = () => sockets.filter((socket) => !socket.isClosed());
    await page.goto('/board');
    const liveOn = page.locator('[data-testid="live"].board__live--on');
    await liveOn.waitFor();
    // The bell's socket and the board's figures' socket.
    await expect.poll(() => open().length, { timeout: 30_000 }).toBe(2);
    const before = [...open()];

    await pageTransition(page, 'pagehide');
    await expect.poll(() => open().length, { timeout: 30_000 }).toBe(0);
    await page.locator('[data-testid="live"]:not(.board__live--on)').waitFor();

    await pageTransition(page, 'pageshow');
    await liveOn.waitFor();
    await expect.poll(() => open().filter((socket) => !before.includes(socket)).length, { timeout: 30_000 }).toBe(2);
  });
});
