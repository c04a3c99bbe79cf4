// Configuration is validated once at start-up; a bad or missing variable is named and the process exits non-zero.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '@unmn/shared/config';

const run = promisify(execFile);

describe('loadConfig', () => {
  it('has working development defaults', () => {
    const config = loadConfig({});
    expect(config.env).toBe('development');
    expect(config.gateway.port).toBe(4000);
    expect(config.subgraphs['gcm-objectives']).toEqual({ name: 'gcm-objectives', port: 4002, url: 'http://localhost:4002/graphql', timeoutMs: 5000 });
    expect(config.auth.requireGateway).toBe(false);
    expect(config.database.url).toBeUndefined();
    // No usage data goes to Apollo's servers unless the operator opts in.
    expect(config.apolloTelemetry).toBe(false);
    expect(loadConfig({ APOLLO_TELEMETRY_DISABLED: 'false' }).apolloTelemetry).toBe(true);
  });

  it('names every bad variable at once', () => {
    try {
      loadConfig({ GATEWAY_PORT: 'abc', MEMBERS_URL: 'not a url', DATABASE_URL: 'mysql://x/y' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/GATEWAY_PORT="abc"/);
      expect(problems).toMatch(/MEMBERS_URL="not a url"/);
      expect(problems).toMatch(/DATABASE_URL=.*postgres:\/\//);
    }
  });

  it('reads gateway deadlines and breaker settings, per subgraph where asked, and names any that is not a positive number', () => {
    const config = loadConfig({ SUBGRAPH_TIMEOUT_MS: '3000', FUND_PROJECTS_TIMEOUT_MS: '8000', REQUEST_TIMEOUT_MS: '20000', BREAKER_FAILURES: '2', BREAKER_HALF_OPEN_MS: '1500' });
    expect(config.subgraphs.members.timeoutMs).toBe(3000);
    expect(config.subgraphs['fund-projects'].timeoutMs).toBe(8000);
    expect(config.gateway).toMatchObject({ requestTimeoutMs: 20000, subgraphTimeoutMs: 3000, breaker: { failures: 2, halfOpenAfterMs: 1500 } });
    expect(loadConfig({}).gateway).toMatchObject({ requestTimeoutMs: 15000, subgraphTimeoutMs: 5000, breaker: { failures: 5, halfOpenAfterMs: 2000 } });
    try {
      loadConfig({ SUBGRAPH_TIMEOUT_MS: '0', GCM_OBJECTIVES_TIMEOUT_MS: 'soon', REQUEST_TIMEOUT_MS: '-5', BREAKER_FAILURES: '2.5', BREAKER_HALF_OPEN_MS: 'abc' });
      expect.unreachable();
    } catch (error) {
      const problems = (error as ConfigError).problems;
      for (const name of ['SUBGRAPH_TIMEOUT_MS="0"', 'GCM_OBJECTIVES_TIMEOUT_MS="soon"', 'REQUEST_TIMEOUT_MS="-5"', 'BREAKER_FAILURES="2.5"', 'BREAKER_HALF_OPEN_MS="abc"']) {
        expect(problems.some((p) => p.startsWith(name))).toBe(true);
      }
    }
  });

  it('refuses development secrets in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET.*required in production[\s\S]*IDENTITY_SECRET: required in production/);
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40), IDENTITY_SECRET: 'q'.repeat(40) });
    expect(config.auth.requireGateway).toBe(true);
    expect(config.exposeErrors).toBe(false);
  });
});

describe('a process with a bad configuration', () => {
  it('exits non-zero naming the variable, before listening', async () => {
    const failure = await run('npx', ['tsx', 'gateway/src/server.ts'], { env: { ...process.env, GATEWAY_PORT: 'forty', DATABASE_URL: '' }, timeout: 30_000 }).then(
      () => null,
      (e) => e,
    );
    expect(failure).not.toBeNull();
    expect(failure.code).toBe(78);
    expect(failure.stderr).toMatch(/GATEWAY_PORT="forty"/);
  });
});
