import CCmark
import CCmarkArena

/// The memory cmark parses one document in: handed out from large blocks and given back all at
/// once, when the document has been converted.
///
/// cmark allocates every node, every text's copy and every growing buffer on its own, and frees
/// them one by one afterwards: 750,000 calls to `calloc`, `realloc` and `free` for 200 pages,
/// 4% of a site build's instructions, and the walk of `cmark_node_free` on top. Here an
/// allocation is a few additions and `free` does nothing; the blocks are released together.
///
/// cmark's allocator functions take no context, so the arena in use is the calling thread's
/// (`with(_:)` sets it for the parse). The allocator is C (`CCmarkArena`), where finding that
/// arena is a read of a thread-local variable: in Swift it cost a `pthread_getspecific` and
/// more for each of a document's 2,000 allocations, 2.5% of a site build. Memory is never
/// reused within a document, so only sources up to `maximumSource` bytes are parsed here;
/// larger ones use cmark's own allocator.
struct CommonMarkArena: ~Copyable {
    /// The largest source parsed in an arena, four times the largest example appraisal. As
    /// memory freed during the parse is not reused, peak memory grows: by 3.3 MB for a source
    /// of this size made of nothing but nested brackets or emphasis (and by 11 MB at 256 KB).
    static let maximumSource = 64 * 1024

    /// The C arena; nil when it could not be made, and cmark's own allocator is used.
    private let arena: OpaquePointer?

    init() {
        arena = appraise_arena_new()
    }

    deinit {
        if let arena { appraise_arena_free(arena) }
    }

    /// Runs `body` with this arena as the thread's, passing the allocator to give cmark (nil,
    /// cmark's own, when the arena could not be made).
    func with<Result>(_ body: (UnsafeMutablePointer<cmark_mem>?) -> Result) -> Result {
        guard let arena else { return body(nil) }
        let previous = appraise_arena_swap(arena)
        defer { appraise_arena_swap(previous) }
        return body(appraise_arena_allocator()?.assumingMemoryBound(to: cmark_mem.self))
    }
}
