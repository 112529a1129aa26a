import Markdown

extension BuildCache {
    /// The cache in `bytes`, as `JSONEncoder` wrote it (see `write(partSize:into:)`), read with
    /// `JSONReader` straight into the entries: Foundation's decoder was a fifth of a rebuild with
    /// nothing to do, and its tree of the whole file the largest allocation of one.
    ///
    /// It takes what `JSONDecoder` took: the same required members, `null` or nothing for an
    /// optional one, unknown members skipped. Anything else throws, and the build starts afresh.
    init(json bytes: [UInt8]) throws(JSONReader.Failure) {
        var json = JSONReader(bytes)
        var key: String?, entries: [String: Entry]?, site: String?, siteFiles: [String]?
        try json.readMembers { json, name throws(JSONReader.Failure) in
            switch name {
            case "key": key = try json.readString()
            case "entries": entries = try json.readDictionary { json throws(JSONReader.Failure) in try Entry(json: &json) }
            case "site": site = try json.readOptional { json throws(JSONReader.Failure) in try json.readString() }
            case "siteFiles": siteFiles = try json.readStrings()
            default: try json.skipValue()
            }
        }
        try json.finish()
        guard let key, let entries, let siteFiles else { throw json.missing("key, entries and siteFiles") }
        self.init(key: key, entries: entries, site: site, siteFiles: siteFiles)
    }
}

extension BuildCache.Entry {
    /// The entry `json` holds next.
    init(json: inout JSONReader) throws(JSONReader.Failure) {
        var source: String?, dependencies: [String: String]?, outputs: [String]?, diagnostics: [CachedDiagnostic]?
        var summary: CachedSummary?, stale: Bool?, stamp: FileStamp?
        try json.readMembers { json, name throws(JSONReader.Failure) in
            switch name {
            case "source": source = try json.readString()
            case "dependencies": dependencies = try json.readDictionary { json throws(JSONReader.Failure) in try json.readString() }
            case "outputs": outputs = try json.readStrings()
            case "diagnostics":
                var list: [CachedDiagnostic] = []
                try json.readArray { json throws(JSONReader.Failure) in list.append(try CachedDiagnostic(json: &json)) }
                diagnostics = list
            case "summary": summary = try json.readOptional { json throws(JSONReader.Failure) in try CachedSummary(json: &json) }
            case "stale": stale = try json.readOptional { json throws(JSONReader.Failure) in try json.readBool() }
            case "stamp": stamp = try json.readOptional { json throws(JSONReader.Failure) in try FileStamp(json: &json) }
            default: try json.skipValue()
            }
        }
        guard let source, let dependencies, let outputs, let diagnostics else {
            throw json.missing("source, dependencies, outputs and diagnostics")
        }
        self.init(source: source, dependencies: dependencies, outputs: outputs, summary: summary, diagnostics: diagnostics,
                  stale: stale, stamp: stamp)
    }
}

extension CachedSummary {
    /// The summary `json` holds next.
    init(json: inout JSONReader) throws(JSONReader.Failure) {
        var slug: String?, title: String?, date: String?, authors: [[String]]?, tags: [String]?
        var question: String?, design: String?, bottomLine: String?, expires: String?, evidence: [String]?
        try json.readMembers { json, name throws(JSONReader.Failure) in
            switch name {
            case "slug": slug = try json.readString()
            case "title": title = try json.readString()
            case "date": date = try json.readString()
            case "authors":
                var list: [[String]] = []
                try json.readArray { json throws(JSONReader.Failure) in list.append(try json.readStrings()) }
                authors = list
            case "tags": tags = try json.readStrings()
            case "question": question = try json.readOptionalString()
            case "design": design = try json.readOptionalString()
            case "bottomLine": bottomLine = try json.readOptionalString()
            case "expires": expires = try json.readOptionalString()
            case "evidence": evidence = try json.readOptional { json throws(JSONReader.Failure) in try json.readStrings() }
            default: try json.skipValue()
            }
        }
        guard let slug, let title, let date, let authors, let tags else { throw json.missing("slug, title, date, authors and tags") }
        (self.slug, self.title, self.date, self.authors, self.tags) = (slug, title, date, authors, tags)
        (self.question, self.design, self.bottomLine, self.expires, self.evidence) = (question, design, bottomLine, expires, evidence)
    }
}

extension CachedDiagnostic {
    /// The diagnostic `json` holds next.
    init(json: inout JSONReader) throws(JSONReader.Failure) {
        var file: String?, line: Int?, column: Int?, length: Int?, severity: String?, code: String?, message: String?, hint: String?
        try json.readMembers { json, name throws(JSONReader.Failure) in
            switch name {
            case "file": file = try json.readString()
            case "line": line = try json.readOptional { json throws(JSONReader.Failure) in try json.readInt() }
            case "column": column = try json.readOptional { json throws(JSONReader.Failure) in try json.readInt() }
            case "length": length = try json.readInt()
            case "severity": severity = try json.readString()
            case "code": code = try json.readString()
            case "message": message = try json.readString()
            case "hint": hint = try json.readOptionalString()
            default: try json.skipValue()
            }
        }
        guard let file, let length, let severity, let code, let message else {
            throw json.missing("file, length, severity, code and message")
        }
        (self.file, self.line, self.column, self.length) = (file, line, column, length)
        (self.severity, self.code, self.message, self.hint) = (severity, code, message, hint)
    }
}

extension FileStamp {
    /// The stamp `json` holds next.
    init(json: inout JSONReader) throws(JSONReader.Failure) {
        var size: Int?, modified: Int?, changed: Int?
        try json.readMembers { json, name throws(JSONReader.Failure) in
            switch name {
            case "size": size = try json.readInt()
            case "modified": modified = try json.readInt()
            case "changed": changed = try json.readInt()
            default: try json.skipValue()
            }
        }
        guard let size, let modified, let changed else { throw json.missing("size, modified and changed") }
        self.init(size: size, modified: modified, changed: changed)
    }
}

extension JSONReader {
    /// A string, or nil for `null`.
    fileprivate mutating func readOptionalString() throws(Failure) -> String? {
        try readOptional { json throws(Failure) in try json.readString() }
    }

    /// The failure of an object that lacks members a cache always has.
    fileprivate func missing(_ members: String) -> Failure {
        Failure(offset: offset, reason: "an object without all of \(members)")
    }
}
