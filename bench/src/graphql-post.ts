/** One GraphQL POST that must succeed; a failure stops the benchmark rather than skewing it. */
export async function post(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL error from ${url}: ${JSON.stringify(body.errors)}`);
  return body.data;
}
