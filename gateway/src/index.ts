export * from './gateway';
export * from './gateway-config';
export * from './identity-forwarding';
export * from './demo-users';
