/**
 * The browser tests always serve the build they test: with something already
 * answering on their port (here a stand-in for an old build), they refuse to
 * run, name the port and say what to do, rather than test the old site.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';

test('the browser tests refuse a port another server already answers on', async () => {
  const old = createServer((_, res) => res.end('<!doctype html><title>an old build</title>'));
  await new Promise<void>((resolve) => old.listen(0, '127.0.0.1', resolve));
  const { port } = old.address() as AddressInfo;
  try {
    // Run asynchronously, so that the stand-in server keeps answering meanwhile.
    const run = await new Promise<{ status: number | null; output: string }>((resolve) => {
      const child = spawn(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', 'tests/e2e/pages.spec.ts', '--reporter=line'], {
        env: { ...process.env, PLAYWRIGHT_PORT: String(port) },
      });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('close', (status) => resolve({ status, output }));
    });
    assert.notEqual(run.status, 0);
    assert.match(run.output, new RegExp(`port ${port} is in use: the browser tests start their own server for the build in dist/ and never reuse one`));
    assert.doesNotMatch(run.output, /\d+ passed/);
  } finally {
    old.close();
  }
});
