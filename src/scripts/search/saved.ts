/** The key under which the header box keeps its query in the page's history entry, for Back. */
export const SAVED_QUERY = 'so-tay:search';
