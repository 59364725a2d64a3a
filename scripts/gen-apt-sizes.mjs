#!/usr/bin/env node
// Builds rules/data/apt-packages.json: for the Debian packages most depended upon, what
// `apt-get install --no-install-recommends PKG` adds to a minimal Debian image (the package and
// the dependencies that image lacks), installed and as .deb downloads, and what the recommended
// packages would add on top. Read from the machine's apt index (Debian's Packages files), so it
// needs a Debian host with `apt-get update` done. Run: npm run data:apt-sizes
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'rules', 'data', 'apt-packages.json');
/** How many packages, by number of packages depending on them. */
const TOP = 2500;
/** Packages the project's own data names, always included. */
const ALWAYS = [
  'build-essential', 'gcc', 'g++', 'clang', 'make', 'cmake', 'git', 'curl', 'wget', 'ca-certificates', 'python3',
  'python3-pip', 'python3-venv', 'nodejs', 'npm', 'openjdk-17-jdk', 'openjdk-17-jre-headless', 'default-jdk',
  'maven', 'gradle', 'golang', 'golang-go', 'cargo', 'rustc', 'imagemagick', 'nginx', 'vim', 'nano', 'unzip',
  'zip', 'jq', 'gnupg', 'openssh-client', 'procps', 'tzdata', 'locales', 'sudo', 'less', 'net-tools',
  'iputils-ping', 'dnsutils', 'postgresql-client', 'default-mysql-client', 'libpq-dev', 'supervisor', 'cron',
  'xz-utils', 'bzip2', 'file', 'gettext', 'pkg-config', 'libssl-dev', 'libffi-dev', 'zlib1g-dev', 'ffmpeg',
  'chromium', 'fonts-liberation', 'tini', 'dumb-init', 'gosu', 'rsync', 'openssl', 'netcat-openbsd', 'lsb-release',
  'software-properties-common', 'apt-transport-https', 'ruby', 'php', 'php-cli', 'perl', 'git-lfs',
];

function sh(cmd, args) {
  return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
}

const files = sh('apt-get', ['indextargets', '--format', '$(FILENAME)', 'Created-By: Packages'])
  .split('\n')
  .filter(Boolean);
if (files.length === 0) {
  console.error('gen-apt-sizes: no Packages index found; run apt-get update on a Debian host');
  process.exit(2);
}
const release = sh('sh', ['-c', '. /etc/os-release && echo "$ID $VERSION_ID ($VERSION_CODENAME)"']).trim();

/** @type {Map<string, {name:string, installed:number, size:number, depends:string[][], recommends:string[][], priority:string, essential:boolean}>} */
const pkgs = new Map();
const providers = new Map();
for (const file of files) {
  const text = sh('/usr/lib/apt/apt-helper', ['cat-file', file]);
  for (const stanza of text.split('\n\n')) {
    const f = {};
    let last = null;
    for (const line of stanza.split('\n')) {
      if (line.startsWith(' ') && last) f[last] += line;
      else {
        const c = line.indexOf(':');
        if (c > 0) f[(last = line.slice(0, c))] = line.slice(c + 1).trim();
      }
    }
    if (!f.Package || pkgs.has(f.Package)) continue;
    const rel = (s) => (s ? s.split(',').map((alt) => alt.split('|').map((d) => d.trim().split(/[\s(:]/)[0]).filter(Boolean)) : []);
    pkgs.set(f.Package, {
      name: f.Package,
      installed: Number(f['Installed-Size'] ?? 0) * 1024,
      size: Number(f.Size ?? 0),
      depends: [...rel(f['Pre-Depends']), ...rel(f.Depends)],
      recommends: rel(f.Recommends),
      priority: f.Priority ?? 'optional',
      essential: f.Essential === 'yes',
    });
    for (const p of rel(f.Provides).flat()) if (!providers.has(p)) providers.set(p, f.Package);
  }
}

const resolve = (name) => (pkgs.has(name) ? name : providers.get(name));

// A minimal Debian image (debuerreotype's minbase) holds the required and essential packages,
// apt, and everything they depend on.
const base = new Set();
{
  const stack = [...pkgs.values()].filter((p) => p.priority === 'required' || p.essential).map((p) => p.name);
  stack.push('apt');
  while (stack.length) {
    const n = resolve(stack.pop());
    if (!n || base.has(n)) continue;
    base.add(n);
    for (const alts of pkgs.get(n).depends) {
      if (alts.some((a) => base.has(resolve(a)))) continue;
      const first = alts.find((a) => resolve(a));
      if (first) stack.push(first);
    }
  }
}

function closure(name, withRecommends) {
  const seen = new Set();
  const stack = [name];
  while (stack.length) {
    const n = resolve(stack.pop());
    if (!n || seen.has(n) || base.has(n)) continue;
    seen.add(n);
    const p = pkgs.get(n);
    const groups = withRecommends ? [...p.depends, ...p.recommends] : p.depends;
    for (const alts of groups) {
      if (alts.some((a) => seen.has(resolve(a)) || base.has(resolve(a)))) continue;
      const first = alts.find((a) => resolve(a));
      if (first) stack.push(first);
    }
  }
  let installed = 0;
  let size = 0;
  for (const n of seen) {
    installed += pkgs.get(n).installed;
    size += pkgs.get(n).size;
  }
  return { count: seen.size, installed, size };
}

const rdeps = new Map();
for (const p of pkgs.values()) for (const alts of p.depends) for (const a of alts) { const r = resolve(a); if (r) rdeps.set(r, (rdeps.get(r) ?? 0) + 1); }
const chosen = new Set([...rdeps].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP).map(([n]) => n));
for (const n of ALWAYS) if (pkgs.has(n)) chosen.add(n);
for (const p of pkgs.values()) if (p.priority === 'important' || p.priority === 'standard') chosen.add(p.name);

const table = {};
for (const name of [...chosen].sort()) {
  const without = closure(name, false);
  const withRec = closure(name, true);
  // [packages, installed bytes, download bytes, extra installed with recommends, extra download, own installed bytes]
  table[name] = [without.count, without.installed, without.size, withRec.installed - without.installed, withRec.size - without.size, pkgs.get(name).installed];
}

const rows = Object.entries(table).map(([n, v]) => `  ${JSON.stringify(n)}: ${JSON.stringify(v)}`);
const about = {
  about: `What apt-get install --no-install-recommends PKG adds to a minimal Debian image (the required and essential packages, apt and their dependencies present), from the apt index of ${release}: [packages installed, installed bytes, .deb download bytes, extra installed bytes with recommends, extra download bytes with recommends, installed bytes of the package alone]. Generated by scripts/gen-apt-sizes.mjs; the ${TOP} packages most depended upon plus the standard and important ones and those the project names.`,
  release,
  columns: ['packages', 'installedBytes', 'downloadBytes', 'recommendsInstalledBytes', 'recommendsDownloadBytes', 'ownInstalledBytes'],
};
const head = JSON.stringify(about, null, 1).replace(/\n}$/, '');
writeFileSync(out, `${head},\n "packages": {\n${rows.join(',\n')}\n }\n}\n`);
console.log(`wrote ${out}: ${rows.length} packages from ${pkgs.size} in the index (${release})`);
