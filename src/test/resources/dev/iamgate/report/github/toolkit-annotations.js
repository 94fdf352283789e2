'use strict';
// Writes one annotation per case through GitHub's toolkit, so that WorkflowCommandToolkitTest can
// compare its bytes with WorkflowCommand's. Reads local files only and writes only to stdout.
//
// Usage: node toolkit-annotations.js <directory of @actions/core> <cases.json>
// cases.json: [{"level": "error"|"warning"|"notice", "title": "", "file": "", "line": 0,
//               "endLine": 0, "message": ""}, ...]
const fs = require('fs');
const path = require('path');

const [coreDirectory, casesFile] = process.argv.slice(2);
if (!coreDirectory || !casesFile) {
  process.stderr.write('usage: node toolkit-annotations.js <@actions/core directory> <cases.json>\n');
  process.exit(2);
}
const core = require(path.resolve(coreDirectory));
const annotate = { error: core.error, warning: core.warning, notice: core.notice };

// An empty string or 0 means "no such property", as in WorkflowCommand.Place. They are left out
// here rather than passed: the toolkit drops falsy values, but once the properties object has any
// key it writes the space after the command name, so passing only empty ones would give
// "::error ::message" where a caller without a location (core.error(message)) gets
// "::error::message".
function properties(annotation) {
  const result = {};
  if (annotation.title !== '') result.title = annotation.title;
  if (annotation.file !== '') result.file = annotation.file;
  if (annotation.line !== 0) result.startLine = annotation.line;
  if (annotation.endLine !== 0) result.endLine = annotation.endLine;
  return result;
}

for (const annotation of JSON.parse(fs.readFileSync(casesFile, 'utf8'))) {
  if (!Object.prototype.hasOwnProperty.call(annotate, annotation.level)) {
    throw new Error(`unknown level "${annotation.level}"; expected error, warning or notice`);
  }
  annotate[annotation.level](annotation.message, properties(annotation));
}
