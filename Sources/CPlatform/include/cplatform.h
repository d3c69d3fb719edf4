#ifndef DANVAN_CPLATFORM_H
#define DANVAN_CPLATFORM_H

// The few system facilities Swift cannot reach directly.

#include <stddef.h>
#include <stdint.h>

/// 1 when this CPU has a CRC-32C instruction (x86-64 SSE4.2, AArch64 CRC), else 0.
int danvan_crc32c_hw_available(void);

/// Extends `crc` (the raw, un-inverted register) over `n` bytes with the CPU instruction.
/// Call only when danvan_crc32c_hw_available() says so.
uint32_t danvan_crc32c_hw_update(uint32_t crc, const void *bytes, size_t n);

/// Asks the kernel to start writing `n` bytes at `offset` of `fd` to disk now, without
/// waiting (Linux sync_file_range WRITE), so a later fdatasync of a big file has less left
/// to do. Returns 0, or -1 with errno set; a no-op returning 0 where unsupported.
int danvan_start_writeback(int fd, long long offset, long long n);

/// Keeps secrets out of core dumps for the whole process: no core file (RLIMIT_CORE 0) and,
/// on Linux, not dumpable (PR_SET_DUMPABLE 0, which also stops other users' ptrace).
/// Returns 0 when both took effect.
int danvan_no_core_dumps(void);

/// Best effort for one buffer holding a secret: lock it in memory (no swap) and leave it out
/// of core dumps (MADV_DONTDUMP). `p` should be page-aligned. Returns 0 when both took effect.
int danvan_guard_secret(void *p, size_t n);

/// Zeroes `n` bytes in a way the compiler may not drop.
void danvan_wipe(void *p, size_t n);

#endif
