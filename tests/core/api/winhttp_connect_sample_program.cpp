// Microsoft's WinHttpConnect example is a function body, not a whole program. This file gives it what a
// Windows program around it would have (the three headers and main) and leaves the fixture untouched.
#include <stdio.h>
#include <windows.h>
#include <winhttp.h>

int main()
{
#include "fixtures/winhttp_connect_sample.cpp"
    return 0;
}
