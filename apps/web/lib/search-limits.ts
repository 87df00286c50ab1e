/**
 * The longest query the search form sends. It matches the public router's limit on
 * `search.query` (packages/api/src/routers/public/search.ts): longer input from an edited
 * address is refused there, and the page says so instead of failing.
 */
export const SEARCH_MAX_LENGTH = 200;
