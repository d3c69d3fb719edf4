// CRC-32C with the CPU's own instruction: about five times the speed of slicing-by-8,
// which matters for 100+ MB snapshots and for replaying long logs. The Swift side keeps the
// software tables as the fallback and as the reference the tests compare against.
#include "cplatform.h"
#include <string.h>

#if defined(__x86_64__)
#include <cpuid.h>

int danvan_crc32c_hw_available(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    return (c & bit_SSE4_2) != 0;
}

__attribute__((target("sse4.2")))
uint32_t danvan_crc32c_hw_update(uint32_t crc, const void *bytes, size_t n) {
    const unsigned char *p = bytes;
    uint64_t c = crc;
    while (n >= 8) {
        uint64_t v;
        memcpy(&v, p, 8);
        c = __builtin_ia32_crc32di(c, v);
        p += 8;
        n -= 8;
    }
    uint32_t c32 = (uint32_t)c;
    while (n > 0) {
        c32 = __builtin_ia32_crc32qi(c32, *p++);
        n--;
    }
    return c32;
}

#elif defined(__aarch64__) && defined(__linux__)
#include <sys/auxv.h>
#ifndef HWCAP_CRC32
#define HWCAP_CRC32 (1 << 7)
#endif

int danvan_crc32c_hw_available(void) { return (getauxval(AT_HWCAP) & HWCAP_CRC32) != 0; }

__attribute__((target("crc")))
uint32_t danvan_crc32c_hw_update(uint32_t crc, const void *bytes, size_t n) {
    const unsigned char *p = bytes;
    while (n >= 8) {
        uint64_t v;
        memcpy(&v, p, 8);
        crc = __builtin_arm_crc32cd(crc, v);
        p += 8;
        n -= 8;
    }
    while (n > 0) {
        crc = __builtin_arm_crc32cb(crc, *p++);
        n--;
    }
    return crc;
}

#else
int danvan_crc32c_hw_available(void) { return 0; }
uint32_t danvan_crc32c_hw_update(uint32_t crc, const void *bytes, size_t n) {
    (void)bytes;
    (void)n;
    return crc;
}
#endif
