// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fault-injecting HTTPS proxy for the sync tests (node built-in modules only).
// It listens with TLS on 127.0.0.1 and forwards every request to the target
// over verified TLS, unless a fault rule matches the request first.
//
// Usage: node faultproxy.js --target URL --ca FILE --cert FILE --key FILE --port-file FILE
//   --target     https URL of the server behind the proxy (nginx)
//   --ca         PEM file of the CA that signed the target's certificate
//   --cert/--key certificate and key that the proxy presents to clients
//   --port-file  receives "PROXY_PORT CONTROL_PORT" once both ports listen
//
// Control API, plain HTTP on 127.0.0.1:CONTROL_PORT:
//   POST /faults   JSON list of rules, replacing the current list. A rule is
//                  {method, pathRegex, action, times, status, headers, body, seconds}:
//                  method and pathRegex (a JavaScript regular expression tested on
//                  the request path with its query) select requests, absent means
//                  any; times is how many requests the rule applies to (absent:
//                  every matching request). The first rule that matches applies.
//                  Actions:
//                    pass               forward as usual
//                    status             reply with status (default 503), headers
//                                       and body (a string, or JSON), without forwarding
//                    stall              hold the request for seconds (at most 300),
//                                       then forward it if the client is still there
//                    drop-after-commit  forward, read the server's whole reply, then
//                                       close the client connection without a reply
//   GET /faults    the current rules with the times left
//   DELETE /faults removes every rule
//   GET /log       the requests seen: [{seq, method, path, action, status, upstreamStatus}]
//                  where status is what the client got (0: no answer)
//   DELETE /log    empties the log
'use strict';

const fs = require('fs');
const http = require('http');
const https = require('https');

const ACTIONS = new Set(['pass', 'status', 'stall', 'drop-after-commit']);
const MAX_STALL_SECONDS = 300;
const MAX_LOG_ENTRIES = 10000;
const MAX_CONTROL_BODY_BYTES = 1024 * 1024;
// Connection-level headers that must not be copied from one connection to the next.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
]);

let rules = [];
let requestLog = [];
let nextSeq = 1;

function log(message) {
  process.stderr.write(`${new Date().toISOString()} faultproxy: ${message}\n`);
}

function parseArguments(argv) {
  const options = {};
  for (let i = 0; i + 1 < argv.length; i += 2) {
    options[argv[i].replace(/^--/, '')] = argv[i + 1];
  }
  for (const name of ['target', 'ca', 'cert', 'key', 'port-file']) {
    if (!options[name]) {
      process.stderr.write(`faultproxy: missing option --${name}\n`);
      process.exit(2);
    }
  }
  return options;
}

// Checks one rule from POST /faults; returns an error message or null.
function ruleError(rule, index) {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) {
    return `rule ${index} is not a JSON object`;
  }
  if (!ACTIONS.has(rule.action)) {
    return `rule ${index}: invalid action ${JSON.stringify(rule.action)}; expected one of ${[...ACTIONS].join(', ')}`;
  }
  if (rule.pathRegex !== undefined) {
    try {
      new RegExp(rule.pathRegex);
    } catch (error) {
      return `rule ${index}: invalid pathRegex: ${error.message}`;
    }
  }
  if (rule.times !== undefined && !(Number.isInteger(rule.times) && rule.times > 0)) {
    return `rule ${index}: times must be a positive integer`;
  }
  if (rule.seconds !== undefined && !(typeof rule.seconds === 'number' && rule.seconds >= 0)) {
    return `rule ${index}: seconds must be a number of seconds, 0 or more`;
  }
  if (rule.status !== undefined && !(Number.isInteger(rule.status) && rule.status >= 100 && rule.status <= 599)) {
    return `rule ${index}: status must be an HTTP status code`;
  }
  return null;
}

// Returns the first rule that matches the request and counts it as used.
function takeRule(req) {
  for (const rule of rules) {
    if (rule.method && rule.method.toUpperCase() !== req.method) {
      continue;
    }
    if (rule.pathRegex !== undefined && !new RegExp(rule.pathRegex).test(req.url)) {
      continue;
    }
    if (rule.times !== undefined) {
      rule.times -= 1;
      if (rule.times === 0) {
        rules = rules.filter((other) => other !== rule);
      }
    }
    return rule;
  }
  return null;
}

function addLogEntry(req, action) {
  const entry = { seq: nextSeq++, method: req.method, path: req.url, action, status: null, upstreamStatus: null };
  requestLog.push(entry);
  if (requestLog.length > MAX_LOG_ENTRIES) {
    requestLog = requestLog.slice(requestLog.length - MAX_LOG_ENTRIES);
  }
  return entry;
}

function copyHeaders(headers) {
  const copy = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!HOP_BY_HOP.has(name.toLowerCase())) {
      copy[name] = value;
    }
  }
  return copy;
}

// Forwards the request to the target. With dropAfterCommit, reads the whole
// reply and then destroys the client connection instead of replying.
function forward(req, res, entry, target, agent, dropAfterCommit) {
  const headers = copyHeaders(req.headers);
  headers.host = target.host;
  const upstream = https.request({
    host: target.hostname,
    port: target.port,
    method: req.method,
    path: req.url,
    headers,
    agent,
    servername: target.hostname === '127.0.0.1' ? undefined : target.hostname,
  });
  upstream.on('response', (reply) => {
    entry.upstreamStatus = reply.statusCode;
    if (dropAfterCommit) {
      reply.resume();
      reply.on('end', () => {
        entry.status = 0;
        req.socket.destroy();
      });
      return;
    }
    entry.status = reply.statusCode;
    res.writeHead(reply.statusCode, copyHeaders(reply.headers));
    reply.pipe(res);
  });
  upstream.on('error', (error) => {
    log(`forwarding ${req.method} ${req.url} failed: ${error.message}`);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    entry.status = 502;
    res.writeHead(502, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ error: 'bad_gateway', reason: `fault proxy: ${error.message}` }));
  });
  res.on('close', () => {
    if (!res.writableFinished) {
      upstream.destroy();
    }
  });
  req.pipe(upstream);
}

// Replies with the rule's status, headers and body once the request body is read.
function answerWithStatus(req, res, entry, rule) {
  const status = rule.status || 503;
  let body = rule.body === undefined ? { error: 'fault', reason: `status ${status} from the fault proxy` } : rule.body;
  const headers = Object.assign({}, rule.headers || {});
  if (typeof body !== 'string') {
    body = JSON.stringify(body);
    headers['Content-Type'] = headers['Content-Type'] || 'application/json';
  }
  req.resume();
  req.on('end', () => {
    entry.status = status;
    res.writeHead(status, headers);
    res.end(body);
  });
}

function handleProxyRequest(req, res, target, agent) {
  const rule = takeRule(req);
  const action = rule ? rule.action : 'pass';
  const entry = addLogEntry(req, action);
  switch (action) {
    case 'status':
      answerWithStatus(req, res, entry, rule);
      break;
    case 'stall': {
      const seconds = Math.min(rule.seconds === undefined ? 10 : rule.seconds, MAX_STALL_SECONDS);
      req.pause();
      const timer = setTimeout(() => {
        if (!req.socket.destroyed) {
          forward(req, res, entry, target, agent, false);
        }
      }, seconds * 1000);
      req.socket.on('close', () => clearTimeout(timer));
      break;
    }
    case 'drop-after-commit':
      forward(req, res, entry, target, agent, true);
      break;
    default:
      forward(req, res, entry, target, agent, false);
  }
}

function sendJson(res, status, value) {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(value));
}

function setRules(body, res) {
  let parsed;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    sendJson(res, 400, { error: 'bad_request', reason: `the body is not JSON: ${error.message}` });
    return;
  }
  if (!Array.isArray(parsed)) {
    sendJson(res, 400, { error: 'bad_request', reason: 'the body must be a JSON list of rules' });
    return;
  }
  const problems = parsed.map(ruleError).filter((problem) => problem !== null);
  if (problems.length > 0) {
    sendJson(res, 400, { error: 'bad_request', reason: problems.join('; ') });
    return;
  }
  rules = parsed;
  log(`rules set: ${JSON.stringify(rules)}`);
  sendJson(res, 200, { ok: true, rules: rules.length });
}

function handleControlRequest(req, res) {
  const chunks = [];
  let size = 0;
  req.on('data', (chunk) => {
    size += chunk.length;
    if (size > MAX_CONTROL_BODY_BYTES) {
      sendJson(res, 413, { error: 'too_large', reason: 'control requests are limited to 1 MiB' });
      req.destroy();
      return;
    }
    chunks.push(chunk);
  });
  req.on('end', () => {
    const route = `${req.method} ${req.url.replace(/\?.*$/, '')}`;
    switch (route) {
      case 'POST /faults':
        setRules(Buffer.concat(chunks).toString('utf8'), res);
        break;
      case 'GET /faults':
        sendJson(res, 200, rules);
        break;
      case 'DELETE /faults':
        rules = [];
        sendJson(res, 200, { ok: true });
        break;
      case 'GET /log':
        sendJson(res, 200, requestLog);
        break;
      case 'DELETE /log':
        requestLog = [];
        sendJson(res, 200, { ok: true });
        break;
      default:
        sendJson(res, 404, { error: 'not_found', reason: `no control route ${route}` });
    }
  });
}

function listen(server, name) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      log(`${name} listening on 127.0.0.1:${server.address().port}`);
      resolve(server.address().port);
    });
  });
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const target = new URL(options.target);
  if (target.protocol !== 'https:') {
    process.stderr.write('faultproxy: --target must be an https URL\n');
    process.exit(2);
  }
  const agent = new https.Agent({ keepAlive: true, ca: fs.readFileSync(options.ca) });
  const proxy = https.createServer({ cert: fs.readFileSync(options.cert), key: fs.readFileSync(options.key) }, (req, res) =>
    handleProxyRequest(req, res, target, agent),
  );
  // Keep idle client connections as long as nginx does (75 s by default), so
  // that a client reusing one does not meet a connection closed by the proxy.
  proxy.keepAliveTimeout = 75000;
  proxy.headersTimeout = 76000;
  const control = http.createServer(handleControlRequest);
  const proxyPort = await listen(proxy, 'proxy');
  const controlPort = await listen(control, 'control');
  fs.writeFileSync(options['port-file'], `${proxyPort} ${controlPort}\n`);
  log(`forwarding to ${options.target}, pid ${process.pid}`);

  const stop = (signal) => {
    log(`stopping on ${signal}`);
    process.exit(0);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error) => {
  log(`start failed: ${error.stack || error}`);
  process.exit(1);
});
