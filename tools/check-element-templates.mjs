// Validates Camunda Modeler element templates (Camunda 7 schema). Usage: node check-element-templates.mjs <file.json>...
import { readFileSync } from 'node:fs';
import { validateAll } from '@bpmn-io/element-templates-validator';

let failed = false;
for (const file of process.argv.slice(2)) {
  const { valid, results } = validateAll(JSON.parse(readFileSync(file, 'utf8')));
  for (const result of results) {
    for (const error of result.errors || []) {
      failed = true;
      console.error(`${file}: ${result.object && result.object.id}: ${error.message} at ${error.dataPointer || ''}`);
    }
  }
  console.log(`${file}: ${results.length} templates, ${valid ? 'valid' : 'INVALID'}`);
  failed = failed || !valid;
}
process.exit(failed ? 1 : 0);
