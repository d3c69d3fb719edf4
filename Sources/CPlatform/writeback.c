#define _GNU_SOURCE
#include "cplatform.h"
#include <fcntl.h>

int danvan_start_writeback(int fd, long long offset, long long n) {
#if defined(__linux__)
    return sync_file_range(fd, (off64_t)offset, (off64_t)n, SYNC_FILE_RANGE_WRITE);
#else
    (void)fd;
    (void)offset;
    (void)n;
    return 0;
#endif
}
