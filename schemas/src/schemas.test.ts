import { renderSchemas } from './render-schemas';
import { staleSchemaFiles } from './schema-files';

/**
 * The checked-in supergraph is what the gateway serves, and the JSON Schemas are what
 * partners build against: both must be what the code says today.
 */
describe('checked-in schemas', () => {
  it('compose, and match what the subgraphs and event contracts generate (npm run schemas)', async () => {
    const files = await renderSchemas();
    expect(files.has('supergraph.graphql')).toBe(true);
    expect(files.has('events/index.json')).toBe(true);
    expect(await staleSchemaFiles(files)).toEqual([]);
  });
});
