// Dredd hooks for test/spec/other-tools.test.ts (CommonJS: Dredd 14 loads hook files with require).
// Dredd cannot build a form body: its OpenAPI 3 parser (@apielements/openapi3-parser) makes request bodies from the
// examples of JSON and text media types only, so the form transaction of POST /login would go out empty. This hook
// sends the spec's own `formFields` example, form-encoded, instead; every other transaction is Dredd's own.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { parse } = require('yaml');
const hooks = require('hooks');

const spec = parse(readFileSync(join(__dirname, '..', '..', 'openapi', 'container-station.yaml'), 'utf8'));
const FORM_TYPE = 'application/x-www-form-urlencoded';
const formFields = spec.paths['/login'].post.requestBody.content[FORM_TYPE].examples.formFields.value;

hooks.beforeEach((transaction, done) => {
  const { request } = transaction;
  if (request.method === 'POST' && request.uri === '/login' && request.headers['Content-Type'] === FORM_TYPE && !request.body) {
    request.body = new URLSearchParams(formFields).toString();
  }
  done();
});
