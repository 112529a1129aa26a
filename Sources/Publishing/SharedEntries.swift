import Appraisal
import Markdown

/// The text of every listing entry, rendered once for all the listing pages that show it: the
/// index and each tag, design and level page.
///
/// An entry's text depends only on the entry and on the page fields its section reads
/// (`EntryTemplate.names`). Among those, pages differ only in `root` ("" on the index, "../"
/// one folder down), so the entries are rendered with `rootMarker` in its place and each page
/// puts its own `root` where the marker is. That is exact when the marker can come from nothing
/// else: no template text and no entry value holds its first byte, no template transforms
/// `root`, and no page's `root` changes when escaped. Otherwise `root` is rendered as the index
/// has it, and only pages with that `root` share the texts.
///
/// Rendering entries through swift-mustache is most of the cost of the listing pages, so each
/// entry is rendered once, on all cores, rather than once for the index and again for the
/// other pages.
struct SharedEntries: Sendable {
    /// What stands for the page's `root` in the texts when `marksRoot`.
    static let rootMarker = "\u{1}appraise-root\u{1}"
    private static let markerBytes = Array(rootMarker.utf8)

    /// The section's template, and the page fields the texts were rendered with.
    let renderer: EntryTemplate.Renderer
    /// Whether the texts hold `rootMarker` where the page's `root` goes.
    let marksRoot: Bool
    /// The entries' texts, one run of consecutive positions in `SiteListing.pages` per task that
    /// rendered them: a buffer per run instead of a string per entry, so that ten thousand
    /// texts take little more than their bytes.
    private let runs: [Run]
    /// How many entries each run holds (the last may hold fewer).
    private let runLength: Int

    /// The texts of the entries at `start`, `start + 1`, ...
    private struct Run: Sendable {
        let start: Int
        var bytes: [UInt8] = []
        /// Where each text ends in `bytes`.
        var ends: [Int] = []
    }

    /// How many entries there are.
    var count: Int { runs.last.map { $0.start + $0.ends.count } ?? 0 }

    /// The text of the entry at `position` in `SiteListing.pages`.
    func text(at position: Int) -> ArraySlice<UInt8> {
        let run = runs[position / runLength]
        let index = position - run.start
        return run.bytes[(index == 0 ? 0 : run.ends[index - 1])..<run.ends[index]]
    }

    /// Renders every entry of `listing` for template `index` on `workers` tasks; nil when the
    /// template has no section over `appraisals` that can be rendered alone, when some entry
    /// fails the key checks (each page is then rendered whole, with the same diagnostics), or
    /// when the listing is empty.
    static func render(_ listing: SiteListing, templates: TemplateSet, site: SiteSettings, workers: Int) async -> SharedEntries? {
        guard !listing.pages.isEmpty, let entries = templates.entryTemplate("index", list: "appraisals") else { return nil }
        let marksRoot = entries.names.contains("root") && canMarkRoot(templates)
        var indexFields = PageContext.listingFields(listing, filter: nil, site: site)
        if marksRoot { indexFields["root"] = .text(rootMarker) }
        let fields = indexFields
        guard let renderer = entries.renderer(fields: fields) else { return nil }
        let pages = listing.pages
        // A few tasks per worker, so that none is left alone at the end.
        let chunk = max(1, (pages.count + 4 * workers - 1) / (4 * max(1, workers)))
        let runs = await withTaskGroup(of: Run?.self) { group in
            for start in stride(from: 0, to: pages.count, by: chunk) {
                group.addTask {
                    var run = Run(start: start)
                    var checker = TemplateChecker(templates: templates.templates)
                    let end = min(pages.count, start + chunk)
                    while start + run.ends.count < end {
                        let part = start + run.ends.count
                        let items = PageContext.listingItems(listing, filter: nil, range: part..<min(end, part + TemplateSet.partSize), site: site)
                        // Every entry must pass the key checks; as the entries read only fields
                        // the pages share, they then pass on every page.
                        var context = fields
                        context["appraisals"] = .list(items)
                        checker.check("index", context: .object(context))
                        guard checker.diagnostics.isEmpty else { return nil }
                        for item in items {
                            guard !(marksRoot && item.containsText(byte: 1)), let text = renderer.render(item) else { return nil }
                            run.bytes.append(contentsOf: text)
                            run.ends.append(run.bytes.count)
                        }
                    }
                    return run
                }
            }
            var runs: [Run] = []
            for await run in group {
                guard let run else { return nil as [Run]? }
                runs.append(run)
            }
            return runs.sorted { $0.start < $1.start }
        }
        guard let runs else { return nil }
        return SharedEntries(renderer: renderer, marksRoot: marksRoot, runs: runs, runLength: chunk)
    }

    /// Whether `root` can be left as the marker: no template holds the marker's first byte or
    /// transforms `root`.
    private static func canMarkRoot(_ templates: TemplateSet) -> Bool {
        !templates.transforms("root") && !templates.templates.values.contains { ByteSearch.contains(1, in: $0.source) }
    }

    /// How a page whose fields are `fields` places the texts: with `root` for the marker; nil
    /// when the page cannot take them, as a field its entries read differs from the texts'.
    func placement(for fields: [String: TemplateValue]) -> Placement? {
        for name in renderer.template.names where !(marksRoot && name == "root") {
            guard fields[name] == renderer.fields[name] else { return nil }
        }
        guard marksRoot else { return Placement(root: nil) }
        guard case .text(let root) = fields["root"], SafeHTML.escape(root) == root else { return nil }
        return Placement(root: Array(root.utf8))
    }

    /// One page's way of placing the texts.
    struct Placement {
        /// What replaces the marker; nil when the texts hold none.
        let root: [UInt8]?

        /// `text` as this page shows it, handed to `write` in pieces.
        func place(_ text: ArraySlice<UInt8>, into write: (UnsafeBufferPointer<UInt8>) -> Void) {
            text.withUnsafeBufferPointer { bytes in
                guard let root else { return write(bytes) }
                var start = 0
                while let found = ByteSearch.firstOffset(of: SharedEntries.markerBytes, in: bytes, from: start) {
                    write(UnsafeBufferPointer(rebasing: bytes[start..<found]))
                    root.withUnsafeBufferPointer(write)
                    start = found + SharedEntries.markerBytes.count
                }
                write(UnsafeBufferPointer(rebasing: bytes[start...]))
            }
        }

        /// `text` as this page shows it, whole.
        func placed(_ text: ArraySlice<UInt8>) -> [UInt8] {
            var bytes: [UInt8] = []
            place(text) { bytes.append(contentsOf: $0) }
            return bytes
        }
    }
}

extension TemplateValue {
    /// Whether some text or markup in the value holds `byte`.
    func containsText(byte: UInt8) -> Bool {
        switch self {
        case .text(let text): ByteSearch.contains(byte, in: text)
        case .html(let html): ByteSearch.contains(byte, in: html.markup)
        case .flag: false
        case .list(let items): items.contains { $0.containsText(byte: byte) }
        case .object(let fields): fields.values.contains { $0.containsText(byte: byte) }
        }
    }
}
