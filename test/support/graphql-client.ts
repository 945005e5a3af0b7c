import { testEnv } from './test-env';

export interface GraphQLResponse<Data> {
  status: number;
  data?: Data | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string } & Record<string, unknown> }[];
}

/** POSTs one operation, to the gateway unless another endpoint is given. */
export async function graphql<Data = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  url = testEnv.gatewayUrl,
): Promise<GraphQLResponse<Data>> {
  const response = await fetch(url, {
    method: 'POST',
    // As the GraphQL-over-HTTP spec asks of clients: refused documents then come back as 4xx.
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json;q=0.9', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<Data>, 'status'>;
  return { status: response.status, ...body };
}

/** The data of an operation that must succeed; its errors otherwise become the test failure. */
export async function expectData<Data = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  url?: string,
): Promise<Data> {
  const result = await graphql<Data>(query, variables, token, url);
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(result.errors ?? result, null, 2)}`);
  }
  return result.data;
}

/** The error codes of an operation that must fail. */
export async function errorCodes(query: string, variables: Record<string, unknown> = {}, token?: string, url?: string): Promise<string[]> {
  const result = await graphql(query, variables, token, url);
  return (result.errors ?? []).map((error) => String(error.extensions?.code));
}
