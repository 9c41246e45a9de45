#pragma once

// The library is built with hidden visibility; only what carries this is part of its ABI.
#if defined(__GNUC__)
#define HINTERNET_EXPORT __attribute__((visibility("default")))
#else
#define HINTERNET_EXPORT
#endif
