/**
 * What does not belong in a build context: each entry names files by folder or pattern, says
 * what they are, and whether they change without a source edit (then every such change also
 * invalidates the COPY). Read by context-leak.
 */
export interface ContextLeak {
  readonly id: string;
  readonly label: string;
  /** Folder names matched at any depth (`node_modules`), unless `rootOnly`. */
  readonly folders: readonly string[];
  /** File name patterns (`*.log`). */
  readonly files: readonly string[];
  readonly rootOnly?: boolean;
  /** Changes without any source edit (commits, log writes). */
  readonly volatile: boolean;
  /** Files this large or larger count, whatever their name (large data files). */
  readonly minBytes?: number;
}

export const CONTEXT_LEAKS: readonly ContextLeak[] = [
  { id: 'vcs', label: 'version control data', folders: ['.git', '.hg', '.svn'], files: [], volatile: true },
  {
    id: 'dependencies',
    label: 'installed dependencies',
    folders: ['node_modules', '.venv', 'venv', '__pypackages__', '.bundle', 'bower_components', '.yarn/cache', '.pnpm-store'],
    files: [],
    volatile: false,
  },
  {
    id: 'build-output',
    label: 'build output',
    folders: ['dist', 'build', 'target', 'out', 'obj', '.next', '.nuxt', '.svelte-kit', '__pycache__', 'coverage', '.nyc_output', '.gradle', '.terraform', '.pytest_cache', '.mypy_cache', '.tox'],
    files: ['*.pyc', '*.class', '*.o'],
    rootOnly: false,
    volatile: false,
  },
  { id: 'editor', label: 'editor and OS files', folders: ['.idea', '.vscode'], files: ['.DS_Store', '*.swp', 'Thumbs.db'], volatile: false },
  { id: 'logs', label: 'logs and temporary files', folders: ['logs', 'tmp'], files: ['*.log'], rootOnly: true, volatile: true },
  { id: 'large-data', label: 'large data files', folders: [], files: [], volatile: false, minBytes: 10_000_000 },
];
