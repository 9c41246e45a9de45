#!/usr/bin/env python3
"""Writes the seed corpora of tests/fuzz/corpus/ (seed-* files; other files there are kept).

Run inside the environment (it needs python3-brotli): tools/dev exec tools/fuzz/make_seeds.py
Each seed starts with the control bytes its target reads (fuzz_<target>.cpp says which), then the payload.
Inputs that once found a bug are kept next to them as finding-* files and replayed by the suite too.
"""
import gzip
import pathlib
import struct
import zlib

import brotli

ROOT = pathlib.Path(__file__).resolve().parents[2] / "tests" / "fuzz" / "corpus"


def write(target, name, data):
    folder = ROOT / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"seed-{name}").write_bytes(data)


def sizes(*values):
    out = bytes([len(values)])
    for value in values:  # a size byte; 0 (mod 64) means "a u16 follows"
        out += bytes([value]) if value % 64 else bytes([0]) + struct.pack("<H", value - 1)
    return out


def raw_deflate(data):
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


# ---- response: mode verb codings server_scheme proxy_scheme redirect_policy buffer_size splits wire ----
def response(name, wire, mode=0, verb=0, codings=7, server=0, proxy=0, policy=1, buffer=3, split=sizes()):
    write("response", name, bytes([mode, verb, codings, server, proxy, policy, buffer]) + split + wire)


PROXY = 0x01
body = b"hello, world\n" * 4
response("200-length", b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello")
response("chunked-trailers",
         b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-Sum\r\n\r\n"
         b"5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nX-Sum: 42\r\n\r\n", split=sizes(1, 3, 17))
for coding, encoded in [("gzip", gzip.compress(body)), ("deflate", zlib.compress(body)),
                        ("br", brotli.compress(body))]:
    response(f"{coding}-length", b"HTTP/1.1 200 OK\r\nContent-Encoding: %s\r\nContent-Length: %d\r\n\r\n"
             % (coding.encode(), len(encoded)) + encoded, split=sizes(7, 100))
chain = brotli.compress(gzip.compress(body))
response("gzip-br-chunked", b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip, br\r\nTransfer-Encoding: chunked\r\n\r\n"
         + b"%x\r\n" % len(chain) + chain + b"\r\n0\r\n\r\n", buffer=0)
response("deflate-raw-close", b"HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\nConnection: close\r\n\r\n"
         + raw_deflate(body), split=sizes(2))
response("redirect-then-200",
         b"HTTP/1.1 302 Found\r\nLocation: /next?a=b\r\nSet-Cookie: sid=1; Path=/; HttpOnly\r\nContent-Length: 3\r\n\r\nabc"
         b"HTTP/1.1 301 Moved\r\nLocation: http://other.invalid/x\r\nContent-Length: 0\r\n\r\n"
         b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", mode=PROXY, split=sizes(40))
response("307-post", b"HTTP/1.1 307 Temporary Redirect\r\nLocation: /again\r\nContent-Length: 0\r\n\r\n"
         b"HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n", mode=PROXY, verb=2)
response("digest-401-then-200",
         b'HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Digest realm="r", nonce="n1", qop="auth,auth-int", '
         b'algorithm=SHA-256, opaque="o"\r\nWWW-Authenticate: Basic realm="r"\r\nContent-Length: 0\r\n\r\n'
         b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", server=2)
response("basic-407-then-200",
         b'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="p"\r\nContent-Length: 0\r\n\r\n'
         b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", mode=PROXY, proxy=1)
response("100-continue", b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"
         b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nbody", verb=2)
response("head-length", b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\n\r\n",
         verb=1)
response("204-304", b"HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n", mode=0x04)
response("close-delimited-reset", b"HTTP/1.0 200 OK\r\nServer: x\r\n\r\nsome body then a reset", mode=0x02)
response("http10-keepalive", b"HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nhi")

# ---- content_decoder: mode enabled max_output splits [chain ratio floor16] then (encode: n picks trunc16 flip16
#      payload) or (header '\n' body) ----
def decoder(name, mode, rest, enabled=7, max_output=2, split=sizes(), caps=b""):
    write("content_decoder", name, bytes([mode, enabled, max_output]) + split + caps + rest)


plain = b"The quick brown fox jumps over the lazy dog. " * 20
decoder("encode-gzip", 0x01, bytes([0, 0]) + b"\0\0\0\0" + plain, split=sizes(5, 33))
decoder("encode-br-deflate-gzip", 0x01, bytes([2, 2, 1, 0]) + b"\0\0\0\0" + plain, max_output=0)
decoder("encode-raw-deflate-truncated", 0x03, bytes([0, 3]) + b"\x10\x00\0\0" + plain)
decoder("encode-flipped-tight", 0x0d, bytes([1, 0]) + b"\0\0\x05\0" + plain, caps=bytes([3, 2]) + b"\x00\x01")
decoder("header-gzip", 0x00, b"gzip\n" + gzip.compress(plain), split=sizes(1))
decoder("header-identity-chain", 0x10, b"identity, , br\n" + brotli.compress(plain))
decoder("header-unknown", 0x00, b"gzip, x-compress\nnot compressed")
decoder("header-four", 0x00, b"gzip, gzip, gzip, gzip\n" + gzip.compress(gzip.compress(plain)))
decoder("bomb", 0x00, b"gzip\n" + gzip.compress(b"\0" * (4 << 20)), max_output=3)

# ---- url: 0 flags16 mode sizes[6] url  |  1 flags16 mode nScheme port16 present counted texts('\n') ----
def crack(name, url, flags=0, mode=0, six=bytes([39] * 6)):
    write("url", name, b"\0" + struct.pack("<H", flags) + bytes([mode]) + six + url)


crack("full", b"https://user:pa%20ss@Example.COM:8443/a/b%2Fc;p?q=1&r=%41#frag")
crack("ipv6-decode", b"http://[fe80::1%25eth0]:80/x%00y?z", flags=0x0003)
crack("pointer-mode", b"http://h/p?q", mode=0x04)
crack("small-buffers", b"https://a.example/long/path?and=query", six=bytes([1, 2, 3, 4, 5, 6]))
crack("utf16", "http://bücher.example/ä?ö".encode("utf-16-le"), mode=0x01)
crack("all-flags", b"HTTP://h:/ spaces here?x y", flags=0x03ff)
crack("nul-terminated", b"http://h/a\0b", mode=0x02)
write("url", "seed-create", b"\x01" + struct.pack("<H", 0x0001) + bytes([0, 2]) + struct.pack("<H", 8080)
      + bytes([0x3f, 0x05]) + b"https\nhost.example\nuser\np@ss\n/a b/c\n?x=1#y")
write("url", "seed-create-nscheme", b"\x01" + struct.pack("<H", 0x0010) + bytes([0, 1]) + struct.pack("<H", 80)
      + bytes([0x32, 0x00]) + b"\n[::1]\n\n\n/p\n")

# ---- request_headers: ops (0 block, 1 ex, 2 query, 3 query ex) ----
def block(text, modifiers=0, utf16=0, counted=1):
    return bytes([0, modifiers, utf16, counted, len(text)]) + text


def ex(name, value, modifiers=0, unicode=0):
    return bytes([1, modifiers, unicode, 0, len(name)]) + name + bytes([len(value)]) + value


def query(level, name=b"", modifiers=0, index=1, size=200):
    return bytes([2, level, modifiers, len(name)]) + name + bytes([index, 0, size])


def query_ex(level, name=b"", modifiers=0, utf8=1):
    return bytes([3, level, modifiers, len(name)]) + name + bytes([utf8, 0])


write("request_headers", "seed-add-query", block(b"Accept: */*\r\nX-A: 1\r\n\r\n") + query(24) + query(22))
write("request_headers", "seed-modifiers",
      block(b"X-A: 1", 0x02) + block(b"X-A: 2", 0x04) + block(b"X-A: 3", 0x08) + block(b"X-A: 4", 0x10)
      + block(b"X-A: 5", 0x11) + block(b"X-B: 6", 0x01) + query(79, b"X-A") + query_ex(21))
write("request_headers", "seed-ex", ex(b"X-Wide", b"caf\xe9", 0, 1) + ex(b"X-Narrow", b"v") + query_ex(79, b"x-wide")
      + query(5, modifiers=0x02))
write("request_headers", "seed-injection", block(b"X-A: 1\r\nX-B: 2\rX-C: 3") + block(b"X-D: a\nb")
      + ex(b"X-E\r\n", b"x") + block(b"Content-Length: 12", 0x80) + query(5, modifiers=0x04))
write("request_headers", "seed-dates", block(b"If-Modified-Since: Sun, 06 Nov 1994 08:49:37 GMT")
      + query(32, modifiers=0x08) + query(32, modifiers=0x09))

# ---- cookies: op (0..2 store, 3 header, 4 advance clock u32) host path secure value ----
def store(value, host=0, path=1, secure=0):
    return bytes([0, host, path, secure]) + value + b"\n"


def header(host=0, path=2, secure=1):
    return bytes([3, host, path, secure])


write("cookies", "seed-attributes",
      store(b"a=1; Domain=.example.com; Path=/a; Secure; HttpOnly; SameSite=Lax; Max-Age=60", secure=1)
      + store(b"b=2; Expires=Wed, 21 Oct 2015 07:28:00 GMT") + store(b"__Host-c=3; Secure; Path=/", secure=1)
      + header(1) + bytes([4]) + struct.pack("<I", 120) + header())
write("cookies", "seed-hosts", store(b"d=4; Domain=com", 6) + store(b"e=5; Domain=127.0.0.1", 4)
      + store(b"token", 5) + store(b"=6; Max-Age=-1") + header(4) + header(5))
write("cookies", "seed-max-age", store(b"f=7; Max-Age=99999999999999999999") + store(b"g=8; Expires=Fri, 31 Dec 9999 23:59:59 GMT")
      + bytes([4]) + b"\xff\xff\xff\xff" + header())

# ---- digest: method user password target body (each length-prefixed) header ----
def digest(name, header, method=0):
    write("digest", name, bytes([method, 4]) + b"user" + bytes([6]) + b"secret" + bytes([2]) + b"/x"
          + bytes([4]) + b"body" + header)


digest("md5-auth", b'Digest realm="r@h", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", qop="auth,auth-int", '
       b'opaque="5ccc069c403ebaf9f0171e9517f40e41"')
digest("sha256-sess-stale", b'Digest realm="r", nonce="n", algorithm=SHA-256-sess, qop=auth-int, stale=TRUE, '
       b'userhash=true', 1)
digest("rfc2069", b'Digest realm="r", nonce="n"', 2)
digest("several", b'Negotiate abc==, Basic realm="b", Digest realm="x\\"y", nonce="z", algorithm=MD5-sess, qop="auth"'
       b', Bearer error="invalid_token"')
digest("garbage", b'Digest realm=, nonce, , =x, "unterminated')

# ---- import: format then text ----
FIXTURES = ROOT.parents[1] / "app" / "interchange" / "fixtures"
for number, source in [(1, "sample.postman_collection.json"), (2, "sample.har"), (4, "sample.http"),
                       (1, "malformed/truncated.postman_collection.json"), (2, "malformed/wrong_type.har"),
                       (4, "malformed/bad_header.http"), (3, "malformed/unterminated_quote.curl")]:
    write("import", pathlib.Path(source).name, bytes([number]) + (FIXTURES / source).read_bytes())
write("import", "curl-browser", b"\x03curl 'https://example.test/api?q=1' \\\n  -H 'accept: application/json' "
      b"\\\n  -b 'sid=abc' --data-raw '{\"a\":\"it'\\''s\"}' --compressed -u u:p -X PATCH -L --max-redirs 3")
write("import", "auto-http", b"\x00### one\nGET http://h/ HTTP/1.1\nAccept: */*\n\n### two\nPOST http://h/p\n\n{}\n")
