// Import boundaries of the codebase (STYLE.md, "One data layer"), as a local ESLint rule:
// - a feature never imports another feature (web/src/features/<a> -> web/src/features/<b>);
// - web/src/lib and web/src/components never import a feature;
// - the domain (functions/src/domain) imports nothing but zod and its own files.
// Paths are resolved (aliases `@/` and `@domain`, relative paths), so `../../other` is caught
// as surely as `@/features/other`.
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WEB = resolve(ROOT, 'web/src');
const DOMAIN = resolve(ROOT, 'functions/src/domain');
const ALIASES = [
  ['@domain', resolve(DOMAIN, 'index.ts')],
  ['@/', `${WEB}${sep}`],
];

/** The absolute path an import points to, or null for a package. */
function target(source, file) {
  for (const [alias, path] of ALIASES) {
    if (source === alias || (alias.endsWith('/') && source.startsWith(alias)))
      return resolve(path, source.slice(alias.length));
  }
  if (source.startsWith('.')) return resolve(dirname(file), source);
  return null;
}

/** `web/src/features/<name>/...` -> name, else null. */
function featureOf(path) {
  const rel = relative(resolve(WEB, 'features'), path);
  if (rel.startsWith('..') || rel === '') return null;
  return rel.split(sep)[0];
}

const inside = (path, dir) => !relative(dir, path).startsWith('..');

/** Why `file` may not import `source`, or null when it may. */
export function boundaryViolation(file, source) {
  const from = resolve(file);
  const to = target(source, from);
  if (inside(from, DOMAIN)) {
    if (source === 'zod') return null;
    if (to && inside(to, DOMAIN)) return null;
    return 'The domain imports zod and its own files only.';
  }
  if (!to) return null;
  const fromFeature = featureOf(from);
  const toFeature = featureOf(to);
  if (fromFeature && toFeature && fromFeature !== toFeature)
    return `Features never import each other (${fromFeature} -> ${toFeature}).`;
  if (
    !fromFeature &&
    toFeature &&
    (inside(from, resolve(WEB, 'lib')) || inside(from, resolve(WEB, 'components')))
  )
    return `web/src/lib and web/src/components never import a feature (${toFeature}).`;
  return null;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps features, shared code and the domain apart.' },
    schema: [],
  },
  create(context) {
    const check = (node, sourceNode) => {
      if (!sourceNode || typeof sourceNode.value !== 'string') return;
      const message = boundaryViolation(context.filename, sourceNode.value);
      if (message) context.report({ node, message });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

export default { rules: { zones: rule } };
