// Finds the files dockerfilelint crashes on (its CLI then aborts the whole run): runs its
// library on each file of a list, as its CLI does, and prints the ones that throw as JSON.
const { readFileSync } = require('node:fs');
const { dirname } = require('node:path');
const lint = require(process.argv[2]);
const crashed = [];
for (const file of readFileSync(process.argv[3], 'utf8').split('\n').filter(Boolean)) {
  try {
    const content = readFileSync(file, 'utf8');
    // Its CLI also stops at a file it reads as empty.
    if (!content) throw new Error('empty');
    lint.run(dirname(file), content);
  } catch {
    crashed.push(file);
  }
}
process.stdout.write(JSON.stringify(crashed));
