/* jemalloc's options for the programs that link it (CMakeLists.txt, TOLLGATE_JEMALLOC): read by jemalloc at its
 * first allocation; without jemalloc the symbol is unused.
 *
 * thp:always asks for transparent huge pages on jemalloc's memory (madvise MADV_HUGEPAGE, which the kernel honours
 * when /sys/kernel/mm/transparent_hugepage/enabled says `madvise` or `always`). A full scan keeps every parsed
 * tree for the models, some 1.8 GiB on the 50 MiB benchmark corpus: with 4 KiB pages that was half a million page
 * faults and half the scan's time in the kernel (docs/performance.md). A MALLOC_CONF in the environment still
 * overrides these. */
const char* malloc_conf = "thp:always,metadata_thp:auto";
