import Foundation
import Markdown

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension SourceDiscovery {
    /// The path of every Markdown file below `folder` (a standardized path), as `find` takes them:
    /// the files `FileManager`'s enumerator with `.skipsHiddenFiles` lists whose extension is
    /// `md`, which exist (links followed) and are not folders.
    ///
    /// The folder is read with `readdir`, whose entry types spare a `stat` for every plain file
    /// and folder; the enumerator made a URL and standardized it for each of them, a tenth of a
    /// rebuild with nothing to do. As with the enumerator, names starting with `.` are skipped
    /// and not entered, and links to folders inside are not followed. A folder that cannot be
    /// read is passed over. Unlike the enumerator, which found nothing there, `folder` itself may
    /// be a link to a folder (an `appraisals` folder kept elsewhere and linked into the project):
    /// its files are found under the link's path.
    static func markdownFiles(under folder: String) -> [String] {
        var root = stat()
        guard stat(folder, &root) == 0, root.st_mode & S_IFMT == S_IFDIR else { return [] }
        // Standardizing a path below a standardized one changes nothing but for the automount
        // prefixes Foundation strips; below those, each path is standardized as before.
        let standardizesEach = folder.hasPrefix("/private") || folder.hasPrefix("/var/automount")
        guard let nameOffset = MemoryLayout<dirent>.offset(of: \.d_name) else { return [] }
        var found: [String] = []
        var folders = [folder]
        while let current = folders.popLast() {
            guard let stream = opendir(current) else { continue }
            defer { closedir(stream) }
            // Each path is decoded once from the folder's bytes and the name's: making the name a
            // String and then joining it to the folder's cost two strings a file.
            var path = Array((current.hasSuffix("/") ? current : current + "/").utf8)
            let prefixCount = path.count
            while let entry = readdir(stream) {
                let start = UnsafeRawPointer(entry).advanced(by: nameOffset)
                let name = UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self),
                                               count: strlen(start.assumingMemoryBound(to: CChar.self)))
                guard name.first != UInt8(ascii: "."), !name.isEmpty else { continue }
                guard ByteWords.isASCII(name) || String(validating: name, as: UTF8.self) != nil else { continue }
                path.removeSubrange(prefixCount...)
                path.append(contentsOf: name)
                let type = Int32(entry.pointee.d_type)
                // A plain file that is not Markdown needs no path.
                if type == Int32(DT_REG), !isMarkdownName(name) { continue }
                let text = String(decoding: path, as: UTF8.self)
                switch kind(of: text, type: type) {
                case .folder:
                    folders.append(text)
                case .link:
                    if isMarkdownName(name), isFileNotFolder(text) { found.append(text) }
                case .file:
                    if isMarkdownName(name) { found.append(text) }
                case .none:
                    break
                }
            }
        }
        return standardizesEach ? found.map { URL(fileURLWithPath: $0).standardizedFileURL.path } : found
    }

    /// What an entry of a folder is, without following a link.
    private enum EntryKind {
        case file, folder, link
    }

    /// The kind of the entry at `path`, from its `readdir` type when it gives one; nil when it
    /// has vanished.
    private static func kind(of path: String, type: Int32) -> EntryKind? {
        switch type {
        case Int32(DT_DIR): return .folder
        case Int32(DT_LNK): return .link
        case Int32(DT_UNKNOWN):
            var info = stat()
            guard lstat(path, &info) == 0 else { return nil }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: return .folder
            case S_IFLNK: return .link
            default: return .file
            }
        default: return .file
        }
    }

    /// Whether a name's extension is `md` (a name starting with `.` was already passed over).
    private static func isMarkdownName(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        name.count > 3 && ByteSearch.equal(UnsafeBufferPointer(rebasing: name[(name.count - 3)...]), ".md")
    }

    /// Whether `path` exists, links followed, and is not a folder.
    private static func isFileNotFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT != S_IFDIR
    }
}
