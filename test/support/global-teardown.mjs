export default async function globalTeardown() {
  await globalThis.__XINFANG_PLATFORM__?.stop();
}
