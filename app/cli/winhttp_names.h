#pragma once

// The names moved to app/request so the history's exchange recorder shares them with the CLI; this header
// keeps the CLI's existing includes working.
#include "request/winhttp_names.h"
