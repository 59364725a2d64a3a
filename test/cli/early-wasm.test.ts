import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analysesFiles, compileShellParserEarly } from '../../src/cli/early-wasm.js';
import { BIN, ROOT } from '../helpers/cli.js';

describe('analysesFiles', () => {
  it('is true for a scan, with or without options and paths', () => {
    expect(analysesFiles([])).toBe(true);
    expect(analysesFiles(['Dockerfile'])).toBe(true);
    expect(analysesFiles(['-f', 'json', '--jobs', '2', 'services/'])).toBe(true);
    expect(analysesFiles(['-'])).toBe(true);
    expect(analysesFiles(['--fix', './rules'])).toBe(true);
  });

  it('is false for --version, --help and the subcommands', () => {
    for (const args of [['--version'], ['-V'], ['-h'], ['--help'], ['rules'], ['explain', 'DL3008'], ['help'], ['--no-color', 'rules', '-f', 'json'], ['services/', '--help']]) {
      expect(analysesFiles(args)).toBe(false);
    }
  });
});

describe('compileShellParserEarly', () => {
  it('compiles the two wasm files beside the bundle, and nothing where they are not', async () => {
    expect(await compileShellParserEarly(pathToFileURL(`${dirname(BIN)}/`))).toBe(2);
    expect(await compileShellParserEarly(pathToFileURL(`${ROOT}/no-such-folder/`))).toBe(0);
  });
});
