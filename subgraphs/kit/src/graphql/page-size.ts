/** The largest page any list serves; the gateway refuses a larger `first` before planning. */
export const MAX_PAGE_SIZE = 100;
