import Appraisal
import Markdown

/// Numbered citations and the AMA reference list in HTML.
enum CitationHTML {
    /// One formatted reference: italics as `<i>`, links as `<a>` to `https://` addresses.
    static func reference(_ reference: CSLReference) -> SafeHTML {
        SafeHTML(joining: AMAReference(reference).pieces.map { piece -> SafeHTML in
            switch piece {
            case .text(let text): "\(text)"
            case .italic(let text): "<i>\(text)</i>"
            case .link(let text, let url): "<a href=\"\(url)\">\(text)</a>"
            }
        })
    }

    /// A superscript citation such as 1,3-5, each number linked to its list entry.
    static func marker(_ numbers: [Int]) -> SafeHTML {
        let sorted = Array(Set(numbers)).sorted()
        var groups: [[Int]] = []
        for number in sorted {
            if let last = groups.last?.last, last + 1 == number { groups[groups.count - 1].append(number) } else { groups.append([number]) }
        }
        let link = { (number: Int) -> SafeHTML in "<a href=\"#ref-\(number)\">\(number)</a>" }
        let parts = groups.flatMap { group -> [SafeHTML] in
            guard let first = group.first, let last = group.last else { return [] }
            switch group.count {
            case 1: return [link(first)]
            case 2: return [link(first), link(last)]
            default: return [link(first) + "-" + link(last)]
            }
        }
        return "<sup class=\"citation\">\(SafeHTML(joining: parts, separator: ","))</sup>"
    }

    /// The numbered reference list; with its own heading unless the body has a "References" heading.
    static func list(_ index: CitationIndex, heading: Bool) -> SafeHTML {
        let items = index.cited.enumerated().compactMap { offset, id -> SafeHTML? in
            guard let item = index.references[id] else { return nil }
            return "<li id=\"ref-\(offset + 1)\">\(reference(item))</li>\n"
        }
        let title: SafeHTML = heading ? "<h2>References</h2>\n" : ""
        return "<section class=\"references\" aria-label=\"References\">\n\(title)<ol>\n\(SafeHTML(joining: items))</ol>\n</section>\n"
    }

    /// The superscript marker of one citation, numbered by `index`.
    static func marker(_ citation: CitationMarker, index: CitationIndex) -> SafeHTML {
        marker(citation.keys.compactMap(index.number(of:)))
    }

    /// `tree` with the reference list after its "References" heading, or at the end when there is
    /// none (and unchanged when nothing is cited).
    static func placingList(in tree: MarkdownNode, index: CitationIndex) -> MarkdownNode {
        guard !index.cited.isEmpty else { return tree }
        var tree = tree
        let isReferencesHeading = { (node: MarkdownNode) -> Bool in
            guard case .heading = node.kind else { return false }
            return node.plainText.trimmingWhitespace().lowercased() == "references"
        }
        if let at = tree.children.firstIndex(where: isReferencesHeading) {
            tree.children.insert(MarkdownNode(.generatedBlock(list(index, heading: false))), at: at + 1)
        } else {
            tree.children.append(MarkdownNode(.generatedBlock(list(index, heading: true))))
        }
        return tree
    }
}
