/*
 * Test-only stand-in for ProcessPrng, for running diptych.exe under Wine 8.
 *
 * Rust's standard library asks bcryptprimitives.dll for ProcessPrng when a program starts
 * (for the keys of its hash maps). Windows 10 and 11 have it; Debian's Wine 8 does not, so
 * under Wine the exe would stop at once. Placed beside the exe, this DLL answers the call
 * with advapi32's RtlGenRandom (SystemFunction036), which Wine has.
 *
 * Built by tests/windows/run.sh; never shipped: release/build.sh does not package it.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x7fffffff ? 0x7fffffff : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
