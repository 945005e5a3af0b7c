/** The name that signs this subgraph's events and logs. */
export const SERVICE = 'petitions';
