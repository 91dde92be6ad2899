// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

// Interoperability client on Node's `ws` (Debian node-ws): text and binary messages of 0 bytes to
// 64 KiB echoed exactly, pings answered with their payload, a clean close with 1000.
// Usage: node ws_client.js ws://127.0.0.1:PORT/   Prints "RESULT ok" or "RESULT fail: why".
'use strict';

let WebSocket;
try {
  WebSocket = require('/usr/share/nodejs/ws');
} catch (e) {
  WebSocket = require('ws');
}

const url = process.argv[2];
const sizes = [0, 1, 125, 126, 127, 128, 1000, 4096, 65535, 65536];
const units = ['a', '\u00e9', '\u20ac', '\u{1F600}'];

function text(n) {
  let s = '';
  let bytes = 0;
  for (let i = 0; bytes < n; i++) {
    const u = units[i % units.length];
    const b = Buffer.byteLength(u);
    if (bytes + b <= n) {
      s += u;
      bytes += b;
    } else {
      s += 'a';
      bytes += 1;
    }
  }
  return s;
}

function binary(n) {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) {
    b[i] = (i * 7 + n) & 0xff;
  }
  return b;
}

function fail(why) {
  console.log('RESULT fail: ' + why);
  process.exit(1);
}

setTimeout(() => fail('timed out'), 30000).unref();

const ws = new WebSocket(url, { perMessageDeflate: false, maxPayload: 1 << 20 });
const inbox = [];
let waiter = null;
ws.on('message', (data, isBinary) => {
  inbox.push({ data, isBinary });
  if (waiter) {
    const w = waiter;
    waiter = null;
    w();
  }
});
ws.on('error', (e) => fail('socket error ' + e.message));

function next() {
  return new Promise((resolve) => {
    if (inbox.length > 0) {
      resolve(inbox.shift());
    } else {
      waiter = () => resolve(inbox.shift());
    }
  });
}

function pong(payload) {
  return new Promise((resolve) => {
    ws.once('pong', (data) => resolve(data));
    ws.ping(payload);
  });
}

ws.on('open', async () => {
  let count = 0;
  for (const n of sizes) {
    const t = text(n);
    ws.send(t);
    let m = await next();
    if (m.isBinary || m.data.toString('utf8') !== t) {
      fail('text of ' + n + ' bytes came back different');
    }

    const b = binary(n);
    ws.send(b);
    m = await next();
    if (!m.isBinary || !Buffer.from(m.data).equals(b)) {
      fail('binary of ' + n + ' bytes came back different');
    }

    count += 2;
  }

  for (const p of ['', 'node ping', 'x'.repeat(125)]) {
    const got = await pong(Buffer.from(p));
    if (got.toString() !== p) {
      fail('pong payload differs for ping "' + p + '"');
    }
  }

  ws.on('close', (code, reason) => {
    if (code !== 1000) {
      fail('closed with ' + code);
    }
    console.log('RESULT ok ' + count + ' messages, 3 pings, close ' + code + ' ' + reason.toString());
    process.exit(0);
  });
  ws.close(1000, 'node done');
});
