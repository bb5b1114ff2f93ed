/**
 * The published shape: the bin as a process, and the packed tarballs installed the way
 * `npx @http-status-i18n/cli` installs them. Everything else is tested in-process (cli.test.ts).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { interpolate } from '@http-status-i18n/core';
import { zhCN } from '@http-status-i18n/locales';
import { afterAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const packageDir = dirname(
  createRequire(import.meta.url).resolve('@http-status-i18n/cli/package.json'),
);
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'http-status-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs a command; its exit code and output, whether it succeeded or not. */
async function outcome(file: string, args: string[], env: NodeJS.ProcessEnv, cwd = scratch) {
  try {
    const { stdout, stderr } = await exec(file, args, { env, cwd, maxBuffer: 1 << 24 });
    return { code: 0, stdout, stderr };
  } catch (failure) {
    const { code, stdout, stderr } = failure as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

/** A clean environment: no inherited language or colour settings. */
const baseEnv = { PATH: process.env.PATH, HOME: scratch };

describe('the bin', () => {
  it('reads the environment and sets the exit code, with no colour in a pipe', async () => {
    const bin = join(packageDir, manifest.bin['http-status']);
    const { code, stdout, stderr } = await outcome(process.execPath, [bin, '477'], {
      ...baseEnv,
      LANG: 'zh_CN.UTF-8',
    });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toBe(interpolate(zhCN.ui.unknown, { code: '477' }));
    expect(stdout).not.toContain('\x1b');
  });

  it('installs from the packed tarballs and runs as `http-status`, like npx does', async () => {
    // Every workspace package the CLI needs, packed as it would be published.
    const workspace = join(packageDir, '../..');
    const localeFolders = readdirSync(join(workspace, 'packages/locales')).map((tag) =>
      join(workspace, 'packages/locales', tag),
    );
    const folders = [
      packageDir,
      join(workspace, 'packages/core'),
      join(workspace, 'packages/locales-all'),
      ...localeFolders,
    ];
    const tarballs = join(scratch, 'tarballs');
    await Promise.all(
      folders.map((folder) =>
        exec('pnpm', ['pack', '--pack-destination', tarballs], { cwd: folder, env: process.env }),
      ),
    );
    const packed = readdirSync(tarballs).map((file) => join(tarballs, file));
    expect(packed).toHaveLength(folders.length);

    const app = join(scratch, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true }\n');
    // Offline: the tarballs hold every dependency, so nothing may come from a registry.
    const install = await outcome(
      'npm',
      ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', ...packed],
      { ...baseEnv, npm_config_cache: join(scratch, 'npm-cache') },
      app,
    );
    expect(install.stderr).not.toMatch(/ERR!/);
    expect(install.code).toBe(0);

    const installed = join(app, 'node_modules/@http-status-i18n/cli');
    const bin = readFileSync(join(installed, manifest.bin['http-status']), 'utf8');
    expect(bin.startsWith('#!/usr/bin/env node\n')).toBe(true);
    const installedManifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(JSON.stringify(installedManifest.dependencies)).not.toContain('workspace:');

    const { code, stdout, stderr } = await outcome(
      join(app, 'node_modules/.bin/http-status'),
      ['409', '--locale', 'zh-CN'],
      baseEnv,
      app,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(
      interpolate(zhCN.ui.pageTitle, { code: '409', phrase: 'Conflict' }),
    );
    expect(stdout).toContain(`  ${zhCN.statuses['409'].summary}\n`);
  });
});
