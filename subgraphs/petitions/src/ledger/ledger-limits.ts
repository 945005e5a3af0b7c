/**
 * The largest ledger one import takes, in base64 characters (about 560 KB of file, some 3,000
 * rows of .xlsx): checked by validation before anything is decoded, and below the request body
 * limit of the gateway and the subgraph (1 MB).
 */
export const MAX_LEDGER_BASE64 = 750_000;

/**
 * The most rows one import takes. Each row is a whole registration (about 10 ms, and 50–80 ms
 * more to hash its access code, 2 cores), so this keeps one import within about two minutes,
 * well inside HTTP's request timeouts. A longer ledger is imported in parts.
 */
export const MAX_LEDGER_ROWS = 2_000;
