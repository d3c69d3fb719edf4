// Keeping keys out of core dumps and swap (see danvan_no_core_dumps in cplatform.h).
#define _GNU_SOURCE
#include "cplatform.h"
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif

int danvan_no_core_dumps(void) {
    int rc = 0;
    struct rlimit none = {0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0) rc = -1;
#if defined(__linux__)
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) rc = -1;
#endif
    return rc;
}

int danvan_guard_secret(void *p, size_t n) {
    int rc = 0;
    if (mlock(p, n) != 0) rc = -1;
#if defined(MADV_DONTDUMP)
    if (madvise(p, n, MADV_DONTDUMP) != 0) rc = -1;
#endif
    return rc;
}

void danvan_wipe(void *p, size_t n) {
    volatile unsigned char *v = (volatile unsigned char *)p;
    while (n--) *v++ = 0;
}
