// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Baseline for the sync benchmark: PouchDB's own replication of N generated
// organisation documents to and from the sync test server, timed.
//
// Usage: node replicate.js --docs N --database NAME --user NAME [--batch N] [--work-dir DIR]
//        node replicate.js --mode push --docs-file FILE --database NAME --user NAME [--batch N]
//        node replicate.js --mode pull --expect N --database NAME --user NAME [--batch N]
// Without --mode, it generates N organisation documents, pushes them and pulls
// them back. --mode push loads the documents of FILE (one JSON document a line,
// as bench_sync prepare writes them) into a local database, untimed, and times
// their replication to NAME; --mode pull times the replication of NAME into an
// empty local database and fails when fewer than N documents arrived.
// Environment: COOPATLAS_TEST_URL (the server, from server.env) and
// COOPATLAS_BENCH_PASSWORD (the password of --user). The server's CA must be
// trusted through NODE_EXTRA_CA_CERTS. Prints one JSON line per direction.
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const PouchDB = require('pouchdb-core')
  .plugin(require('pouchdb-adapter-leveldb'))
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-replication'));

const MAX_DOCS = 1000000;
const SECTORS = ['culture', 'mobility', 'food', 'housing', 'care', 'energy', 'media', 'finance'];

function parseArguments(argv) {
  const options = { batch: 500, mode: 'both', expect: 0 };
  for (let i = 0; i + 1 < argv.length; i += 2) {
    options[argv[i].replace(/^--/, '')] = argv[i + 1];
  }
  options.docs = Number(options.mode === 'both' ? options.docs : 1);
  options.batch = Number(options.batch);
  options.expect = Number(options.expect);
  if (!['both', 'push', 'pull'].includes(options.mode)) {
    throw new Error('--mode must be push or pull');
  }
  if (options.mode === 'push' && !options['docs-file']) {
    throw new Error('--mode push needs --docs-file');
  }
  if (!Number.isInteger(options.docs) || options.docs < 1 || options.docs > MAX_DOCS) {
    throw new Error(`--docs must be a whole number from 1 to ${MAX_DOCS}`);
  }
  if (!Number.isInteger(options.batch) || options.batch < 1) {
    throw new Error('--batch must be a positive whole number');
  }
  if (!options.database || !options.user) {
    throw new Error('--database and --user are required');
  }
  return options;
}

// Deterministic pseudo-random numbers (xorshift32), so that every run
// replicates the same documents.
function makeRandom(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

// Builds an id of the form organisation:<uuid> from the document number.
function organisationId(index) {
  const hex = crypto.createHash('sha256').update(`coopatlas-bench-${index}`).digest('hex');
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  return `organisation:${uuid}`;
}

function makeDocument(index, random) {
  const sector = SECTORS[Math.floor(random() * SECTORS.length)];
  return {
    _id: organisationId(index),
    type: 'organisation',
    schema: 1,
    name: `Cooperative platform ${index}`,
    kind: 'project-holder',
    stage: 'launched',
    sectors: [sector],
    locality: 'Bruxelles',
    postcode: '1000',
    commune: 'bruxelles',
    country: 'BE',
    description: `A ${sector} platform owned by its users, number ${index}.`,
    deleted: false,
    created_at: '2026-01-01T00:00:00.000Z',
    created_by: 'bench',
    updated_at: '2026-01-01T00:00:00.000Z',
    updated_by: 'bench',
    extra: {},
  };
}

async function fillLocal(db, count, batch) {
  const random = makeRandom(20260101);
  for (let start = 0; start < count; start += batch) {
    const docs = [];
    for (let index = start; index < Math.min(start + batch, count); index++) {
      docs.push(makeDocument(index, random));
    }
    await db.bulkDocs(docs);
  }
}

// Loads one JSON document a line into `db`, `batch` documents per bulkDocs call.
async function loadFile(db, file, batch) {
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.length > 0);
  if (lines.length > MAX_DOCS) {
    throw new Error(`${file} has more than ${MAX_DOCS} documents`);
  }
  for (let start = 0; start < lines.length; start += batch) {
    const docs = lines.slice(start, start + batch).map((line) => JSON.parse(line));
    const results = await db.bulkDocs(docs);
    const failed = results.filter((result) => result.error);
    if (failed.length > 0) {
      throw new Error(`could not load ${failed.length} document(s) of ${file}: ${failed[0].message}`);
    }
  }
  return lines.length;
}

// One timed direction between a new local database and `remote`, for run.sh sync.
async function singleDirection(options, remote, workDir) {
  const local = new PouchDB(path.join(workDir, options.mode));
  try {
    const expected =
      options.mode === 'push' ? await loadFile(local, options['docs-file'], options.batch) : options.expect;
    const result = await timedReplication(options.mode, local, remote, options.batch);
    console.log(JSON.stringify({ side: 'pouchdb', ...result }));
    if (result.docs_written < expected || result.errors > 0) {
      throw new Error(`${options.mode} wrote ${result.docs_written} documents, expected ${expected}`);
    }
  } finally {
    await local.close();
  }
}

async function timedReplication(direction, local, remote, batch) {
  const started = process.hrtime.bigint();
  const result =
    direction === 'push'
      ? await local.replicate.to(remote, { batch_size: batch })
      : await local.replicate.from(remote, { batch_size: batch });
  const milliseconds = Number(process.hrtime.bigint() - started) / 1e6;
  return { direction, docs_written: result.docs_written, errors: result.doc_write_failures, milliseconds };
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const url = process.env.COOPATLAS_TEST_URL;
  const password = process.env.COOPATLAS_BENCH_PASSWORD;
  if (!url || !password) {
    throw new Error('COOPATLAS_TEST_URL and COOPATLAS_BENCH_PASSWORD must be set');
  }
  const workDir = fs.mkdtempSync(path.join(options['work-dir'] || os.tmpdir(), 'coopatlas-bench-'));
  try {
    const remote = new PouchDB(`${url}/${options.database}`, {
      auth: { username: options.user, password },
      skip_setup: true,
    });
    if (options.mode !== 'both') {
      await singleDirection(options, remote, workDir);
      return;
    }
    const source = new PouchDB(path.join(workDir, 'source'));
    await fillLocal(source, options.docs, options.batch);
    const push = await timedReplication('push', source, remote, options.batch);
    console.log(JSON.stringify({ benchmark: 'pouchdb-replication', docs: options.docs, ...push }));

    const target = new PouchDB(path.join(workDir, 'target'));
    const pull = await timedReplication('pull', target, remote, options.batch);
    console.log(JSON.stringify({ benchmark: 'pouchdb-replication', docs: options.docs, ...pull }));
    await source.close();
    await target.close();
    if (push.docs_written !== options.docs || pull.docs_written < options.docs) {
      throw new Error(`expected ${options.docs} documents each way, pushed ${push.docs_written}, pulled ${pull.docs_written}`);
    }
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`replicate.js: ${error.message}\n`);
  process.exit(1);
});
