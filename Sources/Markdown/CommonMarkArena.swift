import CCmark

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The memory cmark parses one document in: handed out from large blocks and given back all at
/// once, when the document has been converted.
///
/// cmark allocates every node, every text's copy and every growing buffer on its own, and frees
/// them one by one afterwards: 750,000 calls to `calloc`, `realloc` and `free` for 200 pages,
/// 4% of a site build's instructions, and the walk of `cmark_node_free` on top. Here an
/// allocation is a few additions, `free` does nothing, and the blocks are released together;
/// finding the thread's arena costs back about half of what is saved (net 1.9%).
///
/// cmark's allocator functions take no context, so the arena in use is the calling thread's
/// (`with(_:)` sets it for the parse). Memory is never reused within a document, so only
/// sources up to `maximumSource` bytes are parsed here; larger ones use cmark's own allocator.
struct CommonMarkArena: ~Copyable {
    /// The largest source parsed in an arena, four times the largest example appraisal. As
    /// memory freed during the parse is not reused, peak memory grows: by 3.3 MB for a source
    /// of this size made of nothing but nested brackets or emphasis (and by 11 MB at 256 KB).
    static let maximumSource = 64 * 1024

    /// The size of an ordinary block; an allocation of more than a quarter of it gets a block of
    /// its own.
    private static let blockSize = 64 * 1024

    /// The state the allocator functions reach through the thread's key.
    private struct State {
        /// The next free byte of the current block, and its end.
        var next: UnsafeMutableRawPointer?
        var end: UnsafeMutableRawPointer?
        /// The most recent block; each block's first word points to the one before.
        var lastBlock: UnsafeMutableRawPointer?
    }

    private let state: UnsafeMutablePointer<State>

    init() {
        state = .allocate(capacity: 1)
        state.initialize(to: State())
    }

    deinit {
        var block = state.pointee.lastBlock
        while let current = block {
            block = current.load(as: UnsafeMutableRawPointer?.self)
            free(current)
        }
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// Runs `body` with this arena as the thread's, passing the allocator to give cmark.
    func with<Result>(_ body: (UnsafeMutablePointer<cmark_mem>) -> Result) -> Result {
        let previous = pthread_getspecific(CommonMarkArena.key)
        pthread_setspecific(CommonMarkArena.key, state)
        defer { pthread_setspecific(CommonMarkArena.key, previous) }
        return body(CommonMarkArena.allocator)
    }

    /// The thread-specific key that holds the arena in use.
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// The functions cmark calls, which find the arena by the thread's key.
    nonisolated(unsafe) private static let allocator: UnsafeMutablePointer<cmark_mem> = {
        let mem = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        mem.initialize(to: cmark_mem(
            calloc: { count, size in
                let (total, overflow) = count.multipliedReportingOverflow(by: size)
                guard !overflow, let memory = CommonMarkArena.allocate(total) else { return nil }
                memset(memory, 0, total)
                return memory
            },
            realloc: { old, size in CommonMarkArena.reallocate(old, to: size) },
            free: { _ in }))
        return mem
    }()

    /// Bytes before each allocation: its size, so that `realloc` knows how much to copy. Sixteen,
    /// so that allocations stay aligned as `malloc`'s are.
    private static let header = 16

    private static var current: UnsafeMutablePointer<State>? {
        pthread_getspecific(key)?.assumingMemoryBound(to: State.self)
    }

    private static func allocate(_ size: Int) -> UnsafeMutableRawPointer? {
        guard let state = current else { return nil }
        let needed = header + (size + 15) & ~15
        if let next = state.pointee.next, let end = state.pointee.end, end - next >= needed {
            state.pointee.next = next + needed
            next.storeBytes(of: size, as: Int.self)
            return next + header
        }
        // A new block: its first word links it to the previous one.
        let own = needed > blockSize / 4
        let capacity = header + (own ? needed : blockSize)
        guard let block = malloc(capacity) else { return nil }
        block.storeBytes(of: state.pointee.lastBlock, as: UnsafeMutableRawPointer?.self)
        state.pointee.lastBlock = block
        let start = block + header
        if !own {
            state.pointee.next = start + needed
            state.pointee.end = block + capacity
        }
        start.storeBytes(of: size, as: Int.self)
        return start + header
    }

    private static func reallocate(_ old: UnsafeMutableRawPointer?, to size: Int) -> UnsafeMutableRawPointer? {
        guard let old else { return allocate(size) }
        let oldSize = (old - header).load(as: Int.self)
        if size <= oldSize { return old }
        // The most recent allocation grows where it is when its block has room.
        if let state = current, let next = state.pointee.next, let end = state.pointee.end,
           old + ((oldSize + 15) & ~15) == next, end - old >= (size + 15) & ~15 {
            state.pointee.next = old + ((size + 15) & ~15)
            (old - header).storeBytes(of: size, as: Int.self)
            return old
        }
        guard let new = allocate(size) else { return nil }
        new.copyMemory(from: old, byteCount: oldSize)
        return new
    }
}
