import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readSettings } from '../../src/lib/settings.ts';

test('nothing set: no site, served at the root, the project’s content', () => {
  assert.deepEqual(readSettings({}), { site: undefined, base: '/', contentDir: 'content', notesDir: join('content', 'notes'), sourceDateEpoch: undefined });
});

test('SITE_URL gives the origin; BASE_PATH the sub-path, with its slashes', () => {
  assert.deepEqual(readSettings({ SITE_URL: 'https://books.example.org', BASE_PATH: 'mao-china' }).site, 'https://books.example.org/');
  assert.equal(readSettings({ SITE_URL: 'https://books.example.org', BASE_PATH: 'mao-china' }).base, '/mao-china/');
  assert.equal(readSettings({ BASE_PATH: '/mao-china' }).base, '/mao-china/');
});

test('a path in SITE_URL is the base path, not dropped', () => {
  const s = readSettings({ SITE_URL: 'https://books.example.org/mao-china' });
  assert.equal(s.site, 'https://books.example.org/');
  assert.equal(s.base, '/mao-china/');
  assert.equal(readSettings({ SITE_URL: 'https://books.example.org/mao-china/', BASE_PATH: '/mao-china/' }).base, '/mao-china/');
});

test('a BASE_PATH that disagrees with the path of SITE_URL is an error naming both', () => {
  assert.throws(() => readSettings({ SITE_URL: 'https://books.example.org/mao-china/', BASE_PATH: '/other/' }), /^SettingsError: BASE_PATH="\/other\/": differs from the path of SITE_URL \(\/mao-china\/\)/);
});

test('an invalid SITE_URL is an error naming SITE_URL', () => {
  assert.throws(() => readSettings({ SITE_URL: 'books.example.org' }), /^SettingsError: SITE_URL="books\.example\.org": not an absolute address/);
  assert.throws(() => readSettings({ SITE_URL: 'ftp://books.example.org/' }), /^SettingsError: SITE_URL=.*: must be an http: or https: address$/);
  assert.throws(() => readSettings({ SITE_URL: 'https://books.example.org/?x=1' }), /^SettingsError: SITE_URL=.*: must not have a query/);
  assert.throws(() => readSettings({ SITE_URL: 'https://me:secret@books.example.org/' }), /^SettingsError: SITE_URL=.*: must not carry a user name/);
});

test('an invalid BASE_PATH is an error naming BASE_PATH', () => {
  assert.throws(() => readSettings({ BASE_PATH: 'https://books.example.org/x/' }), /^SettingsError: BASE_PATH=.*: must be a path/);
  assert.throws(() => readSettings({ BASE_PATH: '/a b/' }), /^SettingsError: BASE_PATH=.*: must be a path/);
});

test('content and notes folders must exist and be folders', () => {
  const dir = mkdtempSync(join(tmpdir(), 'settings-'));
  writeFileSync(join(dir, 'file'), '');
  assert.equal(readSettings({ EDITION_CONTENT_DIR: dir }).notesDir, join(dir, 'notes'));
  assert.throws(() => readSettings({ EDITION_CONTENT_DIR: join(dir, 'missing') }), /^SettingsError: EDITION_CONTENT_DIR=.*: no such folder$/);
  assert.throws(() => readSettings({ EDITION_NOTES_DIR: join(dir, 'file') }), /^SettingsError: EDITION_NOTES_DIR=.*: is a file, not a folder$/);
});

test('SOURCE_DATE_EPOCH is whole seconds, or an error naming it', () => {
  assert.equal(readSettings({ SOURCE_DATE_EPOCH: '1700000000' }).sourceDateEpoch, '1700000000');
  assert.throws(() => readSettings({ SOURCE_DATE_EPOCH: 'yesterday' }), /^SettingsError: SOURCE_DATE_EPOCH="yesterday": must be whole seconds/);
});
