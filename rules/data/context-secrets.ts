/**
 * Files that hold credentials. A COPY that brings one in puts it in a layer, where anyone who
 * can pull the image (or the build cache) can read it. Read by context-secret.
 */
export interface SecretFile {
  /** File name pattern (`*.pem`) or a path ending (`.aws/credentials`). */
  readonly pattern: string;
  readonly label: string;
  /** Only when the content matches (an .npmrc without a token is configuration, not a secret). */
  readonly content?: RegExp;
}

export const SECRET_FILES: readonly SecretFile[] = [
  { pattern: '.env', label: 'environment file' },
  { pattern: '.env.*', label: 'environment file' },
  { pattern: '*.pem', label: 'private key or certificate', content: /PRIVATE KEY/ },
  { pattern: '*.key', label: 'private key' },
  { pattern: 'id_rsa', label: 'SSH private key' },
  { pattern: 'id_dsa', label: 'SSH private key' },
  { pattern: 'id_ecdsa', label: 'SSH private key' },
  { pattern: 'id_ed25519', label: 'SSH private key' },
  { pattern: '*.p12', label: 'key store' },
  { pattern: '*.pfx', label: 'key store' },
  { pattern: '*.jks', label: 'Java key store' },
  { pattern: '*.keystore', label: 'key store' },
  { pattern: '.npmrc', label: 'npm credentials', content: /_authToken|_auth\s*=|_password/ },
  { pattern: '.pypirc', label: 'PyPI credentials', content: /password/ },
  { pattern: '.netrc', label: 'netrc credentials' },
  { pattern: '.git-credentials', label: 'git credentials' },
  { pattern: '.aws/credentials', label: 'AWS credentials' },
  { pattern: '.docker/config.json', label: 'registry credentials', content: /"auth"\s*:/ },
  { pattern: 'credentials.json', label: 'credentials' },
  { pattern: 'service-account*.json', label: 'cloud service account key' },
  { pattern: '*.tfstate', label: 'Terraform state (holds secrets in clear)' },
  { pattern: '*.tfvars', label: 'Terraform variables' },
  { pattern: '.htpasswd', label: 'password file' },
  { pattern: 'kubeconfig', label: 'Kubernetes credentials' },
  { pattern: '*.kubeconfig', label: 'Kubernetes credentials' },
];

/** Names that look like secrets but are templates. */
export const SECRET_TEMPLATES = /\.(example|sample|template|dist|defaults?)$/i;
