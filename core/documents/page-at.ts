// Moved to core/text (the renderer uses it too); kept until every caller imports it from there.
export { pageAt } from '../text/page-at';
