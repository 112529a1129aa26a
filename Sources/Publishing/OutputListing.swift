import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The names in the output folder, read once, so that a rebuild can check that each unchanged
/// page's files are still there without asking the file system six times a page.
///
/// `FileManager.fileExists` made a path of the folder and each name and had the kernel walk all
/// of it: a tenth of a rebuild with nothing to do; even one `fstatat` a file, relative to the
/// open folder, cost twice what reading the folder does. `contains` answers as `fileExists` did
/// (a folder counts, a link counts when what it points to exists), comparing names byte for byte
/// as the file system does. Paths in subfolders, links and entries of unknown type are looked up
/// on disk. The listing is taken as the build starts, so a file written since is looked up too:
/// a missing name is only ever looked at again.
struct OutputListing: Sendable {
    /// The folder's path.
    private let folder: String
    /// The names of its files and folders (`known`) and of its links and entries of unknown type
    /// (`unsure`); nil when the folder could not be read.
    private let names: (known: NameSet, unsure: NameSet)?

    /// Reads `directory`'s folder.
    init(_ directory: OutputDirectory) {
        folder = directory.path
        names = OutputListing.list(folder)
    }

    /// Whether the file at `relativePath` (a safe path, see `OutputDirectory.isSafe`) exists.
    func contains(_ relativePath: String) -> Bool {
        var path = relativePath
        let listed: Bool? = path.withUTF8 { utf8 in
            guard let names, !utf8.contains(UInt8(ascii: "/")) else { return nil }
            let name = UnsafeRawBufferPointer(utf8)
            if names.known.contains(name) { return true }
            return names.unsure.contains(name) ? nil : false
        }
        return listed ?? FileManager.default.fileExists(atPath: folder + "/" + relativePath)
    }

    /// The names in `folder` by whether `readdir` says they are files or folders; nil when it
    /// cannot be read, and none when it does not exist.
    private static func list(_ folder: String) -> (known: NameSet, unsure: NameSet)? {
        guard let stream = opendir(folder) else { return errno == ENOENT ? (NameSet(), NameSet()) : nil }
        defer { closedir(stream) }
        guard let nameOffset = MemoryLayout<dirent>.offset(of: \.d_name) else { return nil }
        var known = NameSet(), unsure = NameSet()
        while let entry = readdir(stream) {
            let start = UnsafeRawPointer(entry).advanced(by: nameOffset)
            let name = UnsafeRawBufferPointer(start: start, count: strlen(start.assumingMemoryBound(to: CChar.self)))
            let type = Int32(entry.pointee.d_type)
            if type == Int32(DT_LNK) || type == Int32(DT_UNKNOWN) {
                unsure.insert(name)
            } else {
                known.insert(name)
            }
        }
        return (known, unsure)
    }
}
