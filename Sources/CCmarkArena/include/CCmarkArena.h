#ifndef APPRAISE_CCMARK_ARENA_H
#define APPRAISE_CCMARK_ARENA_H

/// Memory for cmark to parse one document in: handed out from large blocks by adding to a
/// pointer, never freed one allocation at a time, and released whole with the arena.
///
/// cmark's allocator functions take no context, so they use the calling thread's arena, set
/// with `appraise_arena_swap`. Written in C because that lookup is a thread-local read here,
/// where Swift had to call `pthread_getspecific` for each of a document's two thousand
/// allocations.
typedef struct appraise_arena appraise_arena;

/// A new, empty arena; NULL when memory runs out.
appraise_arena *appraise_arena_new(void);

/// Releases the arena and every allocation made from it.
void appraise_arena_free(appraise_arena *arena);

/// Makes `arena` (or NULL, none) the calling thread's, and returns the one it replaces.
appraise_arena *appraise_arena_swap(appraise_arena *arena);

/// The allocator to give `cmark_parser_new_with_mem`, a `cmark_mem *` (declared `void *` so
/// that this header does not declare cmark's types a second time): it allocates from the
/// calling thread's arena, which must be set while cmark runs.
void *appraise_arena_allocator(void);

#endif
