/** Startups per page of the startup list (its first page is also asked for before the app runs). */
export const STARTUP_LIST_PAGE_SIZE = 20;
