// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// CouchDB-API test server for the sync tests: express-pouchdb 4.2.0 in
// fullCouchDB mode on the leveldb adapter, listening on 127.0.0.1 only.
//
// Usage: node server.js DATA_DIR PORT_FILE [PORT]
//   DATA_DIR   folder of the databases, config.json (admins) and log.txt. A
//              restart on the same folder keeps every database and admin.
//   PORT_FILE  file that receives the TCP port once the server listens
//   PORT       TCP port to bind; without it, the system chooses a free one
'use strict';

const fs = require('fs');
const http = require('http');
const path = require('path');

const express = require('express');
const expressPouchDB = require('express-pouchdb');
const PouchDB = require('pouchdb-core')
  .plugin(require('pouchdb-adapter-leveldb'))
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-mapreduce'))
  .plugin(require('pouchdb-replication'));

const SESSION_CHECK_TIMEOUT_MS = 10000;
// Largest JSON body that the _bulk_docs fixes parse; nginx in front limits
// requests to client_max_body_size first.
const MAX_REQUEST_BYTES = '4gb';

function log(message) {
  process.stderr.write(`${new Date().toISOString()} server: ${message}\n`);
}

// express-pouchdb 4.2.0 has faults that kill the process. Keep serving, so
// that only the faulty request fails; it may get no reply and time out.
process.on('uncaughtException', (error) => {
  log(`uncaught exception, still serving: ${error && error.stack ? error.stack : error}`);
});
process.on('unhandledRejection', (reason) => {
  log(`unhandled promise rejection, still serving: ${reason && reason.stack ? reason.stack : reason}`);
});

function sendError(res, status, error, reason) {
  res.status(status).set('Content-Type', 'application/json').send(JSON.stringify({ error, reason }));
}

// Asks the server itself who sent the request, with the request's own
// Authorization and Cookie headers, so that the same rules decide as for
// every other route. Resolves to the userCtx object.
function sessionOf(req, port) {
  const headers = { Accept: 'application/json' };
  if (req.headers.authorization) {
    headers.Authorization = req.headers.authorization;
  }
  if (req.headers.cookie) {
    headers.Cookie = req.headers.cookie;
  }
  return new Promise((resolve, reject) => {
    const check = http.get({ host: '127.0.0.1', port, path: '/_session', headers }, (reply) => {
      const chunks = [];
      reply.on('data', (chunk) => chunks.push(chunk));
      reply.on('end', () => {
        try {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          resolve(body.userCtx || { name: null, roles: [] });
        } catch (error) {
          reject(new Error(`invalid /_session reply (HTTP ${reply.statusCode})`));
        }
      });
    });
    check.setTimeout(SESSION_CHECK_TIMEOUT_MS, () => check.destroy(new Error('/_session timed out')));
    check.on('error', reject);
  });
}

// A path that names a database and nothing below it: "/db" or "/db/". A slash
// inside a database name arrives escaped as %2F, so one segment is one database.
function isDatabasePath(urlPath) {
  return /^\/[^/]+\/?$/.test(urlPath);
}

let droppedLatestCount = 0;

// Removes latest=true from a _bulk_get request, which PouchDB's replication
// always sends. Without it, the server returns the requested revisions
// themselves, where CouchDB would return their newest descendants; a
// replication still converges because the newer revisions follow in the
// changes feed.
function dropLatestParameter(req) {
  const url = new URL(req.url, 'http://127.0.0.1');
  url.searchParams.delete('latest');
  req.url = url.pathname + url.search;
  delete req.query.latest;
  droppedLatestCount += 1;
  if (droppedLatestCount === 1 || droppedLatestCount % 1000 === 0) {
    log(`removed latest=true from ${droppedLatestCount} _bulk_get request(s), the last on ${req.path}`);
  }
}

// Rejects the requests that crash express-pouchdb 4.2.0: a non-admin PUT or
// DELETE of a database, and a read with latest=true other than _bulk_get.
function crashGuard(port) {
  return (req, res, next) => {
    if (String(req.query.latest).toLowerCase() === 'true') {
      if (!(req.method === 'POST' && /^\/[^/]+\/_bulk_get\/?$/.test(req.path))) {
        sendError(res, 400, 'bad_request', 'latest=true is not supported by this test server');
        return;
      }
      dropLatestParameter(req);
    }
    const databaseChange = (req.method === 'PUT' || req.method === 'DELETE') && isDatabasePath(req.path);
    if (!databaseChange) {
      next();
      return;
    }
    sessionOf(req, port)
      .then((userCtx) => {
        if ((userCtx.roles || []).includes('_admin')) {
          next();
        } else if (userCtx.name) {
          sendError(res, 403, 'forbidden', 'You are not a server admin.');
        } else {
          sendError(res, 401, 'unauthorized', 'You are not a server admin.');
        }
      })
      .catch((error) => {
        log(`session check failed for ${req.method} ${req.path}: ${error.message}`);
        sendError(res, 500, 'internal_server_error', 'The session check failed.');
      });
  };
}

// Keeps the revision history that a new_edits=false write brings. The
// validation plugin of express-pouchdb 4.2.0 overwrites doc._revisions with
// the stored winner's history, so such a write (a replicated conflict branch)
// would be dropped without an error once a validate_doc_update exists.
function keepRevisionHistory(doc) {
  if (doc === null || typeof doc !== 'object') {
    return;
  }
  let history = doc._revisions;
  const rev = typeof doc._rev === 'string' ? /^(\d+)-(.+)$/.exec(doc._rev) : null;
  if (history === undefined && rev) {
    history = { start: Number(rev[1]), ids: [rev[2]] };
  }
  if (history === undefined) {
    return;
  }
  Object.defineProperty(doc, '_revisions', {
    enumerable: true,
    configurable: true,
    get: () => history,
    set: () => {},
  });
}

// Puts the _bulk_docs results back in the order of the request's documents,
// as CouchDB returns them; the validation plugin lists rejected ones first.
function orderLikeRequest(results, docs) {
  const byId = new Map();
  for (const result of results) {
    const queue = byId.get(result.id) || [];
    queue.push(result);
    byId.set(result.id, queue);
  }
  const ordered = [];
  for (const doc of docs) {
    const queue = byId.get(doc && doc._id);
    if (queue && queue.length > 0) {
      ordered.push(queue.shift());
    }
  }
  for (const queue of byId.values()) {
    ordered.push(...queue);
  }
  return ordered;
}

// Fixes two differences of express-pouchdb's _bulk_docs from CouchDB 3:
// new_edits=false branches lost under validation, and the order of results.
function bulkDocsFixes() {
  const parseJson = express.json({ limit: MAX_REQUEST_BYTES });
  return (req, res, next) => {
    if (req.method !== 'POST' || !/^\/[^/]+\/_bulk_docs\/?$/.test(req.path)) {
      next();
      return;
    }
    parseJson(req, res, (error) => {
      if (error) {
        log(`_bulk_docs body rejected for ${req.path}: ${error.message}`);
        if (error.status === 413) {
          sendError(res, 413, 'too_large', 'the request entity is too large');
        } else {
          sendError(res, 400, 'bad_request', 'invalid_json');
        }
        return;
      }
      const docs = req.body && Array.isArray(req.body.docs) ? req.body.docs : null;
      if (docs && req.body.new_edits === false) {
        docs.forEach(keepRevisionHistory);
      }
      if (docs) {
        const send = res.send.bind(res);
        res.send = (body) => {
          if (res.statusCode === 201 && (Buffer.isBuffer(body) || typeof body === 'string')) {
            try {
              const results = JSON.parse(body.toString('utf8'));
              if (Array.isArray(results)) {
                return send(Buffer.from(JSON.stringify(orderLikeRequest(results, docs))));
              }
            } catch (parseError) {
              log(`_bulk_docs reply is not JSON, sent unchanged: ${parseError.message}`);
            }
          }
          return send(body);
        };
      }
      next();
    });
  };
}

function main(argv) {
  if (argv.length < 2 || argv.length > 3) {
    process.stderr.write('Usage: node server.js DATA_DIR PORT_FILE [PORT]\n');
    process.exit(2);
  }
  const dataDir = path.resolve(argv[0]);
  const portFile = path.resolve(argv[1]);
  const requestedPort = argv.length === 3 ? Number(argv[2]) : 0;
  if (!Number.isInteger(requestedPort) || requestedPort < 0 || requestedPort > 65535) {
    process.stderr.write(`server.js: invalid PORT ${argv[2]}; expected a TCP port number\n`);
    process.exit(2);
  }
  fs.mkdirSync(dataDir, { recursive: true });

  const LocalPouchDB = PouchDB.defaults({ prefix: dataDir + path.sep });
  const app = express();
  const server = http.createServer(app);
  server.listen(requestedPort, '127.0.0.1', () => {
    const { port } = server.address();
    app.use(crashGuard(port));
    app.use(bulkDocsFixes());
    app.use(
      expressPouchDB(LocalPouchDB, {
        mode: 'fullCouchDB',
        configPath: path.join(dataDir, 'config.json'),
        logPath: path.join(dataDir, 'log.txt'),
        overrideMode: { exclude: ['routes/fauxton'] },
      }),
    );
    fs.writeFileSync(portFile, `${port}\n`);
    log(`listening on http://127.0.0.1:${port}, data in ${dataDir}, pid ${process.pid}`);
  });

  const stop = (signal) => {
    log(`stopping on ${signal}`);
    server.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main(process.argv.slice(2));
