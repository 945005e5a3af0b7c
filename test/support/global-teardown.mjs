export default async function globalTeardown() {
  await globalThis.__XINFANG_PLATFORM__?.stop();
  await globalThis.__XINFANG_OTLP_RECEIVER__?.stop();
}
