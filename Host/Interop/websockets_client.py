# Licensed to the .NET Foundation under one or more agreements.
# The .NET Foundation licenses this file to you under the MIT license.

"""Interoperability client on Python `websockets` (Debian python3-websockets 10.4, run with /usr/bin/python3):
text and binary messages of 0 bytes to 64 KiB echoed exactly, pings answered with their payload, a clean
close with 1000. Usage: websockets_client.py ws://127.0.0.1:PORT/   Prints "RESULT ok" or "RESULT fail: why"."""

import asyncio
import sys

import websockets

SIZES = [0, 1, 125, 126, 127, 128, 1000, 4096, 65535, 65536]
UNITS = ["a", "\u00e9", "\u20ac", "\U0001F600"]


def text(n):
    out = []
    size = 0
    i = 0
    while size < n:
        u = UNITS[i % len(UNITS)]
        b = len(u.encode("utf-8"))
        if size + b <= n:
            out.append(u)
            size += b
        else:
            out.append("a")
            size += 1
        i += 1
    return "".join(out)


def binary(n):
    return bytes(((i * 7 + n) & 0xFF) for i in range(n))


async def run(url):
    async with websockets.connect(url, max_size=2 ** 20, compression=None, ping_interval=None, close_timeout=5) as ws:
        count = 0
        for n in SIZES:
            t = text(n)
            await ws.send(t)
            echo = await ws.recv()
            if not isinstance(echo, str) or echo != t:
                return "text of %d bytes came back different" % n
            b = binary(n)
            await ws.send(b)
            echo = await ws.recv()
            if not isinstance(echo, bytes) or echo != b:
                return "binary of %d bytes came back different" % n
            count += 2
        for payload in [b"", b"python ping", b"y" * 125]:
            waiter = await ws.ping(payload)
            await asyncio.wait_for(waiter, 5)
        await ws.close(1000, "python done")
        if ws.close_code != 1000:
            return "closed with %s" % ws.close_code
        print("RESULT ok %d messages, 3 pings, close %d %s" % (count, ws.close_code, ws.close_reason))
        return None


def main():
    try:
        why = asyncio.run(asyncio.wait_for(run(sys.argv[1]), 30))
    except Exception as e:  # any failure is a result, reported as such
        why = "%s: %s" % (type(e).__name__, e)
    if why is not None:
        print("RESULT fail: " + why)
        sys.exit(1)


main()
