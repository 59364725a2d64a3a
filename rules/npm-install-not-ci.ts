import { NPM_INSTALL } from './data/lockfiles.js';
import { lockedInstalls } from '../src/graph/locked-installs.js';
import { replaceWordFix } from '../src/fix/shell-fixes.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'npm-install-not-ci',
  category: 'correctness',
  severity: 'warning',
  aliases: [],
  programs: ['npm'],
  summary: '`npm install` of a project whose package-lock.json is copied in: `npm ci` installs exactly the lockfile',
  fixable: true,
  docs: {
    what:
      'Finds `npm install` (`npm i`) without package names, run in a folder where an earlier COPY put package-lock.json or npm-shrinkwrap.json: named in the COPY, or (with the build context) matched by `package*.json` or inside a copied folder such as `COPY . .`.',
    why:
      '`npm install` treats the lockfile as a starting point: when package.json asks for something the lockfile does not satisfy, it resolves again, installs other versions than the ones tested, and rewrites the lockfile inside the image, where nobody sees the change. `npm ci` installs exactly what package-lock.json says, fails when the two files disagree, starts from an empty node_modules (so a host\'s node_modules copied in by mistake cannot leak in), and is faster because it skips resolution.',
    example: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm install --omit=dev\nCOPY . .\nCMD ["node", "server.js"]',
    fix:
      'Use npm ci with the same options:\n\nFROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nCOPY . .\nCMD ["node", "server.js"]\n\n`--fix-unsafe` (not `--fix`) writes `npm ci` in place of the subcommand: the build then fails when the lockfile is out of date with package.json, and `npm ci` starts from an empty node_modules.',
    notes:
      '`npm install NAME` (adding a package) and `npm install -g` are not reported. Without the build context on disk (standard input), only lockfiles the COPY names are seen: `COPY package*.json ./` may or may not bring one, and is then not reported. A lockfile in a sub-folder that a COPY of a folder brings in is seen only with the context. When the build deliberately updates the lockfile (a tool image that regenerates it), silence the finding with a pragma.',
  },
  check({ graph, buildContext, report }) {
    for (const node of graph.nodes) {
      if (node.kind !== 'run' || !node.commands.some((c) => c.name === 'npm')) continue;
      for (const install of lockedInstalls(graph, node, NPM_INSTALL, buildContext())) {
        if (install.packages.length > 0) continue;
        const line = graph.file.source.lines.lineOf(install.lockfile.copy.raw.start);
        report({
          node,
          start: install.command.start,
          end: install.command.end,
          message: `\`npm install\` may resolve other versions than ${install.lockfile.name} (copied on line ${line}) names, and rewrites it in the image: use \`npm ci\`, which installs exactly the lockfile and fails when it is out of date`,
          fix: install.subcommand ? replaceWordFix(graph, install.subcommand, 'ci', 'unsafe') : null,
        });
      }
    }
  },
});
