import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

test('CI installs what the tests need from the system: Chromium, CJK fonts, Java (Nu HTML Checker, EPUBCheck), EPUBCheck, pdftotext', () => {
  const install = /apt-get install -y (.*)$/m.exec(readFileSync('.ci/run', 'utf8'))?.[1].split(/\s+/) ?? [];
  for (const pkg of ['chromium', 'fonts-noto-cjk', 'default-jre-headless', 'epubcheck', 'poppler-utils']) assert.ok(install.includes(pkg), `.ci/run does not install ${pkg}`);
});
