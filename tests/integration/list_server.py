#!/usr/bin/env python3
"""list_server.py — a local stand-in for the list publishers, for test_update.sh.

Serves the files under ROOT (the shared data directory) on 127.0.0.1 at a free port, which it
writes to PORT_FILE once listening:

  /files/PATH      the file, with a strong ETag (its SHA-256) and Last-Modified; answers 304 to
                   a matching If-None-Match. File names match case-insensitively, as OFAC's
                   SDN.CSV must find sdn.csv.
  /plain/PATH      the file, without ETag or Last-Modified, always 200 (a server that knows
                   no conditional requests).
  /truncated/PATH  the first third of the file, as a complete 200 response (the length it
                   declares is the length it sends): only validation can catch it.
  /error/PATH      500 Internal Server Error.

Every request is logged to LOG_FILE as "METHOD PATH STATUS".

Usage: list_server.py ROOT PORT_FILE LOG_FILE
"""
import email.utils
import hashlib
import http.server
import os
import sys

ROOT, PORT_FILE, LOG_FILE = sys.argv[1], sys.argv[2], sys.argv[3]


def find(relpath):
    """The file at relpath under ROOT, each component matched case-insensitively; or None."""
    path = ROOT
    for part in relpath.strip("/").split("/"):
        if part in ("", ".", ".."):
            return None
        try:
            names = os.listdir(path)
        except OSError:
            return None
        match = [n for n in names if n.lower() == part.lower()]
        if not match:
            return None
        path = os.path.join(path, match[0])
    return path if os.path.isfile(path) else None


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, fmt, *args):
        pass

    def answer(self, status, body=b"", headers=()):
        # Logged before answering: a client that has its answer finds it in the log (logged
        # after, a loaded machine let test_update.sh count the log before the line was there).
        with open(LOG_FILE, "a") as log:
            log.write(f"{self.command} {self.path} {status}\n")
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_GET(self):
        mode, _, rest = self.path.lstrip("/").partition("/")
        path = find(rest.split("?")[0])
        if mode == "error":
            return self.answer(500, b"internal error\n")
        if path is None or mode not in ("files", "plain", "truncated"):
            return self.answer(404, b"not found\n")
        with open(path, "rb") as f:
            data = f.read()
        if mode == "truncated":
            return self.answer(200, data[: len(data) // 3])
        if mode == "plain":
            return self.answer(200, data)
        etag = '"' + hashlib.sha256(data).hexdigest() + '"'
        modified = email.utils.formatdate(os.path.getmtime(path), usegmt=True)
        headers = [("ETag", etag), ("Last-Modified", modified)]
        if self.headers.get("If-None-Match") == etag:
            return self.answer(304, b"", headers)
        return self.answer(200, data, headers + [("Content-Type", "application/octet-stream")])

    do_HEAD = do_GET


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(PORT_FILE + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.rename(PORT_FILE + ".tmp", PORT_FILE)
server.serve_forever()
