#include "CCmarkArena.h"

#include <cmark.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/// The size of an ordinary block; an allocation of more than a quarter of it gets a block of
/// its own.
enum { block_size = 64 * 1024 };

/// Bytes before each allocation: its size, so that `realloc` knows how much to copy. Sixteen,
/// so that allocations stay aligned as `malloc`'s are.
enum { header = 16 };

struct appraise_arena {
    /// The next free byte of the current block, and its end.
    char *next;
    char *end;
    /// The most recent block; each block's first word points to the one before.
    void *last_block;
};

static _Thread_local appraise_arena *current;

appraise_arena *appraise_arena_new(void) {
    return calloc(1, sizeof(appraise_arena));
}

void appraise_arena_free(appraise_arena *arena) {
    void *block = arena->last_block;
    while (block) {
        void *previous = *(void **)block;
        free(block);
        block = previous;
    }
    free(arena);
}

appraise_arena *appraise_arena_swap(appraise_arena *arena) {
    appraise_arena *previous = current;
    current = arena;
    return previous;
}

/// `size` rounded up to a multiple of sixteen.
static size_t aligned(size_t size) {
    return (size + 15) & ~(size_t)15;
}

static void *allocate(size_t size) {
    appraise_arena *arena = current;
    if (arena == NULL || size > SIZE_MAX / 2) return NULL;
    size_t needed = header + aligned(size);
    if (arena->next != NULL && (size_t)(arena->end - arena->next) >= needed) {
        char *start = arena->next;
        arena->next += needed;
        *(size_t *)start = size;
        return start + header;
    }
    // A new block: its first word links it to the previous one.
    int own = needed > block_size / 4;
    size_t capacity = header + (own ? needed : block_size);
    char *block = malloc(capacity);
    if (block == NULL) return NULL;
    *(void **)block = arena->last_block;
    arena->last_block = block;
    char *start = block + header;
    if (!own) {
        arena->next = start + needed;
        arena->end = block + capacity;
    }
    *(size_t *)start = size;
    return start + header;
}

static void *arena_calloc(size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) return NULL;
    void *memory = allocate(count * size);
    if (memory != NULL) memset(memory, 0, count * size);
    return memory;
}

static void *arena_realloc(void *old, size_t size) {
    if (old == NULL) return allocate(size);
    size_t old_size = *(size_t *)((char *)old - header);
    if (size <= old_size) return old;
    // The most recent allocation grows where it is when its block has room.
    appraise_arena *arena = current;
    if (arena != NULL && (char *)old + aligned(old_size) == arena->next && size <= SIZE_MAX / 2
        && (size_t)(arena->end - (char *)old) >= aligned(size)) {
        arena->next = (char *)old + aligned(size);
        *(size_t *)((char *)old - header) = size;
        return old;
    }
    void *memory = allocate(size);
    if (memory != NULL) memcpy(memory, old, old_size);
    return memory;
}

static void arena_free(void *memory) {
    (void)memory;
}

static cmark_mem allocator = {arena_calloc, arena_realloc, arena_free};

void *appraise_arena_allocator(void) {
    return &allocator;
}
