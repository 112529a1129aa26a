import Appraisal

/// The schema.org description of a report (`MedicalScholarlyArticle`) that Google, Zotero and
/// Mendeley read from the page's `<script type="application/ld+json">`.
enum ScholarlyJSONLD {
    /// The JSON-LD document for `record`, citing the appraised study when there is one.
    static func document(_ record: AppraisalRecord, appraised: CSLReference?) -> JSONValue {
        let doiLink = record.doi.map { "https://doi.org/\($0)" }
        return .object(dropping: [
            "@context": .string("https://schema.org"),
            "@type": .string("MedicalScholarlyArticle"),
            "headline": .string(record.title),
            "name": .string(record.title),
            "author": record.authors.isEmpty ? nil : .array(record.authors.map(person)),
            "datePublished": record.date.map { .string($0.description) },
            "inLanguage": .string(record.language),
            "isPartOf": .object(["@type": .string("Periodical"), "name": .string(record.journal)]),
            "publicationType": record.design.map { .string("Critically appraised topic: \($0)") },
            "about": record.about.map { .object(["@type": .string("MedicalCondition"), "name": .string($0)]) },
            "keywords": record.keywords.isEmpty ? nil : .array(record.keywords.map(JSONValue.string)),
            "abstract": record.abstract.map(JSONValue.string),
            "description": (record.bottomLine ?? record.question).map(JSONValue.string),
            "identifier": record.doi.map(doiIdentifier),
            "sameAs": doiLink.map(JSONValue.string),
            "url": record.url.map(JSONValue.string),
            "mainEntityOfPage": record.url.map(JSONValue.string),
            "citation": appraised.map(work),
        ])
    }

    /// An author with their affiliation.
    static func person(_ author: FrontMatter.Author) -> JSONValue {
        .object(dropping: [
            "@type": .string("Person"), "name": .string(author.name),
            "affiliation": author.affiliation.map { .object(["@type": .string("Organization"), "name": .string($0)]) },
        ])
    }

    /// A cited work: title, authors, journal, year and DOI as far as known.
    static func work(_ reference: CSLReference) -> JSONValue {
        let doi = reference.doi.map(AMAReference.bareDOI)
        return .object(dropping: [
            "@type": .string("ScholarlyArticle"),
            "name": reference.title.map(JSONValue.string),
            "author": reference.authors.isEmpty ? nil : .array(reference.authors.map { name in
                name.family == nil
                    ? .object(["@type": .string("Organization"), "name": .string(name.literal ?? "")])
                    : .object(dropping: ["@type": .string("Person"), "familyName": name.fullFamily.map(JSONValue.string),
                                         "givenName": name.given.map(JSONValue.string)])
            }),
            "isPartOf": (reference.containerTitle ?? reference.containerTitleShort).map {
                .object(["@type": .string("Periodical"), "name": .string($0)])
            },
            "datePublished": reference.year.map { .string(String($0)) },
            "identifier": doi.map(doiIdentifier),
            "sameAs": doi.map { .string("https://doi.org/\($0)") },
        ])
    }

    private static func doiIdentifier(_ doi: String) -> JSONValue {
        .object(["@type": .string("PropertyValue"), "propertyID": .string("DOI"), "value": .string(doi)])
    }
}
