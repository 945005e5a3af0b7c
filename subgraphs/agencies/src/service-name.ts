/** How this subgraph signs the events it produces. */
export const SERVICE = 'agencies';
