// `npx nx g ./tools/generators/generators.json:service <name>`: a new department service wired like the
// others — apps/<name> (NestJS over NATS through service-kit, its database with migrations for SQLite
// and PostgreSQL, a unit test, Nx targets), its subjects in libs/contracts, its place in SERVICE_NAMES
// (so `npm start`, the stack and the gateway's health run it), its NATS user in infra/nats/auth.conf
// and its lint scope. What stays to do by hand is in README, "Adding a department service".
const path = require('node:path');
const { generateFiles, formatFiles } = require('@nx/devkit');

function edit(tree, file, change) {
  const before = tree.read(file, 'utf-8');
  const after = change(before);
  if (after === before) throw new Error(`${file}: could not find where to add the service`);
  tree.write(file, after);
}

module.exports = async function serviceGenerator(tree, options) {
  const name = options.name;
  if (!/^[a-z]+$/.test(name)) throw new Error('The name must be lower-case letters only, e.g. "health"');
  const root = `apps/${name}`;
  if (tree.exists(root)) throw new Error(`${root} already exists`);
  const constName = name.toUpperCase();
  const values = { name, constName, tmpl: '' };

  generateFiles(tree, path.join(__dirname, 'files'), root, values);
  generateFiles(tree, path.join(__dirname, 'contract'), `libs/contracts/src/${name}`, values);
  tree.rename(`libs/contracts/src/${name}/subjects.ts`, `libs/contracts/src/${name}/${name}.subjects.ts`);

  edit(
    tree,
    'libs/contracts/src/index.ts',
    (s) => `${s.trimEnd()}\nexport * from './${name}/${name}.subjects';\n`,
  );
  edit(tree, 'libs/contracts/src/system/system.schema.ts', (s) =>
    s.replace(/(export const SERVICE_NAMES = \[[^\]]*?)(\s*\] as const)/, `$1, '${name}'$2`),
  );
  edit(tree, 'libs/contracts/src/system/system.subjects.ts', (s) =>
    s
      .replace(
        /(import type \{ ServiceName \})/,
        `import { ${constName}_SUBJECTS } from '../${name}/${name}.subjects';\n$1`,
      )
      .replace(/(HEALTH_SUBJECTS[^{]*\{[^}]*?)(\n\};)/, `$1\n  ${name}: ${constName}_SUBJECTS.health,$2`)
      .replace(/(AUDIT_SUBJECTS[^{]*\{[^}]*?)(\n\};)/, `$1\n  ${name}: ${constName}_SUBJECTS.auditList,$2`),
  );
  edit(tree, 'infra/nats/auth.conf', (s) =>
    s
      // The gateway may publish exactly the routes' subjects: the generated ones now, each new route's later.
      .replace(
        /(user: gateway[\s\S]*?publish: \[[^\]]*?)(\n\s*\])/,
        `$1\n          "${name}.health.get", "${name}.audit.list"$2`,
      )
      .replace(
        /\n {2}\]\n\}\s*$/,
        [
          '',
          '    {',
          `      user: ${name}`,
          `      password: $NATS_${constName}_PASSWORD`,
          '      permissions: {',
          `        subscribe: ["${name}.>", "_INBOX_${name}.>"]`,
          // Its stream is made by the provisioning step; the service may only check it.
          `        publish: ["$JS.API.STREAM.INFO.${constName}"]`,
          '        allow_responses: true',
          '      }',
          '    }',
          '  ]',
          '}',
          '',
        ].join('\n'),
      ),
  );
  edit(tree, 'eslint.config.js', (s) =>
    s.replace(
      /( *)(\{ sourceTag: 'scope:reporting', onlyDependOnLibsWithTags: \['scope:shared'\] \},\n)/,
      `$1$2$1{ sourceTag: 'scope:${name}', onlyDependOnLibsWithTags: ['scope:shared'] },\n`,
    ),
  );
  await formatFiles(tree);
  return () => {
    console.log(
      `\n${name}: now run \`npm run migration:create -- ${name}\` once its entities exist, add its routes and\n` +
        `permissions, and its row in README's subjects table (see README, "Adding a department service").`,
    );
  };
};
