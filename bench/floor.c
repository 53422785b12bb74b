/* The floor for content checks: the least any tool that looks inside every file pays.
 * Walks TREE (no links followed, like find -P), opens every regular file and reads its
 * first 4 KB, single-threaded and then with N threads over the listed paths. Prints the
 * file count and the bytes read so a compiler cannot drop the reads.
 *
 *   cc -O2 -pthread -o bench/floor bench/floor.c && bench/floor TREE [THREADS]
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <ftw.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char **paths;
static size_t count, capacity;

static int collect(const char *path, const struct stat *st, int type, struct FTW *ftw) {
    (void)st; (void)ftw;
    if (type != FTW_F) return 0;
    if (count == capacity) {
        capacity = capacity ? capacity * 2 : 4096;
        paths = realloc(paths, capacity * sizeof *paths);
        if (!paths) { perror("realloc"); exit(2); }
    }
    paths[count++] = strdup(path);
    return 0;
}

struct slice { size_t start, step; unsigned long long bytes; };

static void *readAll(void *argument) {
    struct slice *slice = argument;
    char buffer[4096];
    for (size_t i = slice->start; i < count; i += slice->step) {
        int fd = open(paths[i], O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) continue;
        ssize_t n = read(fd, buffer, sizeof buffer);
        if (n > 0) slice->bytes += (unsigned long long)n + (unsigned char)buffer[0];
        close(fd);
    }
    return NULL;
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: %s TREE [THREADS]\n", argv[0]); return 2; }
    int threads = argc > 2 ? atoi(argv[2]) : (int)sysconf(_SC_NPROCESSORS_ONLN);
    if (threads < 1) threads = 1;
    if (nftw(argv[1], collect, 64, FTW_PHYS) != 0) { perror("nftw"); return 2; }
    pthread_t workers[64];
    struct slice slices[64];
    if (threads > 64) threads = 64;
    unsigned long long total = 0;
    for (int t = 0; t < threads; t++) {
        slices[t] = (struct slice){ (size_t)t, (size_t)threads, 0 };
        pthread_create(&workers[t], NULL, readAll, &slices[t]);
    }
    for (int t = 0; t < threads; t++) { pthread_join(workers[t], NULL); total += slices[t].bytes; }
    printf("%zu files, %llu\n", count, total);
    return 0;
}
