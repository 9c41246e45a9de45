#pragma once

// hinternet's additions to the WinHTTP API, in WinHTTP's own style: more option ids and flags for the
// same WinHttpSetOption/WinHttpQueryOption calls. Values are above anything Microsoft has assigned.
#include <winhttp.h>

// Session or request handle; a wide string path to PEM trust anchors added to the system store.
#define HINTERNET_OPTION_CA_FILE 0x00100001
// Session or request handle; a client certificate: PEM chain, or PKCS#12 (.p12/.pfx).
#define HINTERNET_OPTION_CLIENT_CERT_FILE 0x00100002
// Session or request handle; the PEM private key when it is not inside the certificate file.
#define HINTERNET_OPTION_CLIENT_KEY_FILE 0x00100003
// Session or request handle; the password of the key or the PKCS#12 file.
#define HINTERNET_OPTION_CLIENT_KEY_PASSWORD 0x00100004

// WINHTTP_OPTION_DECOMPRESSION: Brotli ("br"), besides WinHTTP's gzip and deflate.
#ifndef HINTERNET_DECOMPRESSION_FLAG_BROTLI
#define HINTERNET_DECOMPRESSION_FLAG_BROTLI 0x00000100
#endif
