/**
 * Checkstyle XML, which Jenkins (warnings-ng), reviewdog, SonarQube and most CI dashboards read:
 * a `<file>` per Dockerfile with an `<error>` per finding. Paths are written as given.
 */
import type { Severity } from '../rules/types.js';
import { TOOL } from '../version.js';
import type { RunWriter } from './formats.js';

const SEVERITY: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'info', style: 'info' };

/** The report written a file at a time: the header with the first file, the closing tag at the end. */
export function checkstyleWriter(write: (text: string) => void): RunWriter {
  let started = false;
  const start = (): string => {
    if (started) return '';
    started = true;
    return '<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">\n';
  };
  return {
    file(file) {
      const out = [`  <file name="${attr(file.path)}">`];
      if (file.error !== null) {
        out.push(`    <error severity="error" message="${attr(`not analysed: ${file.error}`)}" source="${TOOL.name}"/>`);
      }
      for (const f of file.findings) {
        out.push(
          `    <error line="${f.line}" column="${f.column}" severity="${SEVERITY[f.severity]}" message="${attr(f.message)}" source="${TOOL.name}.${f.rule}"/>`,
        );
      }
      out.push('  </file>');
      write(`${start()}${out.join('\n')}\n`);
    },
    end() {
      write(`${start()}</checkstyle>\n`);
    },
  };
}

/**
 * An attribute value: markup characters as entities, line breaks and tabs as character
 * references (a parser would otherwise turn them into spaces), and the characters XML 1.0
 * cannot carry at all (other control characters, lone surrogates) as U+FFFD.
 */
export function attr(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/[&<>"'\t\n\r]/g, (c) => ENTITY[c]!);
}

const ENTITY: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
