import { readConnectorConfig } from './config';

const minimal = { PARTNER_AGENCY_ID: 'bengbu-civil-affairs', KAFKA_BROKERS: 'kafka-1:9093, kafka-2:9093' };

describe('the connector configuration', () => {
  it('defaults to acknowledging, in a group under the agency\'s own prefix, without TLS or SASL', () => {
    expect(readConnectorConfig(minimal)).toMatchObject({
      agencyId: 'bengbu-civil-affairs',
      brokers: ['kafka-1:9093', 'kafka-2:9093'],
      clientId: 'bengbu-civil-affairs.connector',
      groupId: 'agency.bengbu-civil-affairs.connector',
      security: {},
      policy: 'ACKNOWLEDGE',
    });
  });

  it('authenticates with the agency\'s own principal over TLS when told to', () => {
    const config = readConnectorConfig({ ...minimal, KAFKA_SSL: 'true', KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_USERNAME: 'agency-bengbu-civil-affairs', KAFKA_SASL_PASSWORD: 'secret' });
    expect(config.security).toEqual({ ssl: true, sasl: { mechanism: 'scram-sha-512', username: 'agency-bengbu-civil-affairs', password: 'secret' } });
  });

  it('refuses to start on a missing agency, an unknown policy or SASL without credentials, listing each problem', () => {
    expect(() => readConnectorConfig({ KAFKA_BROKERS: 'k:9092', REFERRAL_POLICY: 'ACCEPT_ALL' })).toThrow(/PARTNER_AGENCY_ID[\s\S]*REFERRAL_POLICY/);
    expect(() => readConnectorConfig({ ...minimal, KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'x' })).toThrow('KAFKA_SASL_MECHANISM needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD');
  });
});
