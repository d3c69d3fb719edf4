#ifndef DANVAN_CRC32C_HW_H
#define DANVAN_CRC32C_HW_H

#include <stddef.h>
#include <stdint.h>

/// 1 when this CPU has a CRC-32C instruction (x86-64 SSE4.2, AArch64 CRC), else 0.
int danvan_crc32c_hw_available(void);

/// Extends `crc` (the raw, un-inverted register) over `n` bytes with the CPU instruction.
/// Call only when danvan_crc32c_hw_available() says so.
uint32_t danvan_crc32c_hw_update(uint32_t crc, const void *bytes, size_t n);

#endif
