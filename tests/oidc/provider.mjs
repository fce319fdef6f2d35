// A real, certified OpenID provider (panva/node-oidc-provider) on loopback, for AuthDesk's
// single sign-on tests. Started by tests/common/OidcProviderProcess with:
//   node provider.mjs [--code-ttl S] [--device-interval S] [--enforce-interval S] [--device-ttl S] [--token-ttl S]
//                     [--drop-token-requests N]  (the first N token requests lose their connection)
// It listens on 127.0.0.1 on a free port and prints one JSON line to stdout:
//   {"issuer":"http://127.0.0.1:PORT"}
// Accounts: any login and password on the provider's own (development) login page; the
// subject is the login, the e-mail claim "<login>" when it holds an @, else <login>@example.test.
// Clients (public, PKCE): "authdesk" (native, loopback redirect on any port, code + refresh +
// device grants) and "other-app" (the same, for tokens meant for another audience).
// Access tokens are JWTs for the resource https://overkiz.test/ (RFC 8707).
// Two things the provider leaves to its deployer are added here the way real providers do
// them: the device authorization answer names its polling interval, and a device token
// request polled faster than that interval is answered "slow_down" (RFC 8628 3.5).
import http from 'node:http';
import { parseArgs } from 'node:util';
import Provider from 'oidc-provider';
import { generateKeyPair, exportJWK } from 'jose';

const { values: args } = parseArgs({
  options: {
    'code-ttl': { type: 'string', default: '60' },
    'device-interval': { type: 'string', default: '1' },
    'enforce-interval': { type: 'string' },
    'device-ttl': { type: 'string', default: '120' },
    'token-ttl': { type: 'string', default: '600' },
    'drop-token-requests': { type: 'string', default: '0' },
  },
});
const codeTtl = Number(args['code-ttl']);
const deviceInterval = Number(args['device-interval']);
// The interval polls are held to; more than the one announced makes the provider say slow_down.
const enforcedInterval = Number(args['enforce-interval'] ?? deviceInterval);
const RESOURCE = 'https://overkiz.test/';
// Lifetime of access and ID tokens (short ones let a test see a renewal without moving clocks).
const tokenTtl = Number(args['token-ttl']);

const { privateKey } = await generateKeyPair('RS256', { extractable: true });
const jwk = { ...(await exportJWK(privateKey)), kid: 'authdesk-test-1', alg: 'RS256', use: 'sig' };

const server = http.createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const nativeClient = (id) => ({
  client_id: id,
  application_type: 'native',
  token_endpoint_auth_method: 'none',
  redirect_uris: ['http://127.0.0.1/callback'],
  grant_types: ['authorization_code', 'refresh_token', 'urn:ietf:params:oauth:grant-type:device_code'],
  response_types: ['code'],
});

const provider = new Provider(issuer, {
  clients: [nativeClient('authdesk'), nativeClient('other-app')],
  jwks: { keys: [jwk] },
  async findAccount(_ctx, id) {
    return {
      accountId: id,
      async claims() {
        return { sub: id, email: id.includes('@') ? id : `${id}@example.test`, email_verified: true };
      },
    };
  },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: [] },
  scopes: ['openid', 'offline_access', 'email', 'profile'],
  ttl: {
    AuthorizationCode: codeTtl,
    AccessToken: tokenTtl,
    IdToken: tokenTtl,
    DeviceCode: Number(args['device-ttl']),
    RefreshToken: 86400,
    Grant: 86400,
    Interaction: 600,
    Session: 86400,
  },
  features: {
    devInteractions: { enabled: true },
    deviceFlow: { enabled: true },
    revocation: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => RESOURCE,
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({
        scope: 'openid email profile offline_access',
        audience: RESOURCE,
        accessTokenFormat: 'jwt',
        accessTokenTTL: tokenTtl,
        jwt: { sign: { alg: 'RS256' } },
      }),
    },
  },
});

const lastPoll = new Map();
let dropTokenRequests = Number(args['drop-token-requests']);
provider.use(async (ctx, next) => {
  // A dropped connection, as a real network does it: no answer at all.
  if (dropTokenRequests > 0 && ctx.method === 'POST' && ctx.path === '/token') {
    dropTokenRequests -= 1;
    ctx.req.socket.destroy();
    return;
  }
  await next();
  if (ctx.method === 'POST' && ctx.path === '/device/auth' && ctx.status === 200 && ctx.body) {
    ctx.body = { ...ctx.body, interval: deviceInterval };
  }
  // After the provider has read the form: a poll too soon after the last one of the same
  // device code is told to slow down instead of "authorization_pending".
  if (ctx.method === 'POST' && ctx.path === '/token' && ctx.oidc?.params?.grant_type
      === 'urn:ietf:params:oauth:grant-type:device_code') {
    const code = String(ctx.oidc.params.device_code || '');
    const now = Date.now();
    const last = lastPoll.get(code);
    lastPoll.set(code, now);
    if (ctx.status === 400 && ctx.body?.error === 'authorization_pending'
        && last !== undefined && now - last < enforcedInterval * 1000 - 50) {
      ctx.body = { error: 'slow_down', error_description: 'you are polling too quickly' };
    }
  }
});

// For the tests: how many grants were revoked (RFC 7009 revocation of a refresh token
// revokes its grant), at GET /_test/revoked.
let revoked = 0;
provider.on('grant.revoked', () => { revoked += 1; });
const callback = provider.callback();
server.on('request', (req, res) => {
  if (req.method === 'GET' && req.url === '/_test/revoked') {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ revoked }));
    return;
  }
  callback(req, res);
});
process.stdout.write(`${JSON.stringify({ issuer })}\n`);
process.stdin.on('end', () => process.exit(0)); // the test's end closes our stdin
process.stdin.resume();
