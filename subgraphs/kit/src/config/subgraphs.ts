/**
 * The platform's subgraphs, once: the launcher starts them in this order, the gateway knows
 * their names, the schema renderer composes them, and each takes its default port from here.
 */
export const SUBGRAPHS = [
  { name: 'agencies', defaultPort: 4001 },
  { name: 'petitions', defaultPort: 4002 },
  { name: 'assistance', defaultPort: 4003 },
  { name: 'joint-visits', defaultPort: 4004 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

/** The gateway's port when nothing says otherwise; the subgraphs follow it. */
export const GATEWAY_DEFAULT_PORT = 4000;

export function defaultPortOf(name: SubgraphName): number {
  return SUBGRAPHS.find((subgraph) => subgraph.name === name)!.defaultPort;
}
