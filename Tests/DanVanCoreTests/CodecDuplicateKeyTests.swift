import Testing
@testable import DanVanCore

/// Finding 8: the reader refuses a key given twice in one object, everywhere, with the key and
/// the byte offset of its second appearance; different keys are never mistaken for one.
@Suite struct CodecDuplicateKeyTests {
    private func skim(_ text: String) throws {
        try JSONReader.read(Array(text.utf8)) { r in try r.skipValue() }
    }

    @Test func aRepeatedKeyIsRefusedWithItsOffset() throws {
        let text = #"{"a":1,"b":{"x":[1,{"y":2,"y":3}]},"c":2}"#
        do {
            try skim(text)
            Issue.record("accepted a duplicate key")
        } catch let e as CodecError {
            #expect(e.reason.contains("duplicate key \"y\""))
            let second = text.utf8.count - #""y":3}]},"c":2}"#.utf8.count
            #expect(e.offset == second)
        }
        #expect(throws: CodecError.self) { try skim(#"{"id":1,"name":"A","id":2}"#) }
        // Written with an escape, still the same key.
        #expect(throws: CodecError.self) { try skim(#"{"id":1,"\u0069d":2}"#) }
        #expect(throws: CodecError.self) { try skim(#"{"a long key name here":1,"x":0,"a long key name here":2}"#) }
    }

    @Test func sameKeysInDifferentObjectsAreFine() throws {
        try skim(#"{"id":1,"child":{"id":2,"child":{"id":3}},"list":[{"id":4},{"id":4}],"id2":5}"#)
        // Many keys in one object, none repeated (fingerprints must not clash falsely).
        let keys = (0..<2000).map { "\"k\($0)\":\($0)" }.joined(separator: ",")
        try skim("{" + keys + "}")
        let prefixes = (0..<500).map { "\"fullName\($0)\":0,\"fullMemberDate\($0)\":1" }.joined(separator: ",")
        try skim("{" + prefixes + "}")
    }

    @Test func aDocumentWithARepeatedFieldIsRefused() throws {
        let org = Org(id: OrgID(1), parent: nil, name: "Đảng bộ A", level: .higherCommittee)
        let bytes = DocumentCodec.encode(format: "danvan-test", version: 1, tables: EntityTables(orgs: [org]))
        #expect(try DocumentCodec.decode(bytes, format: "danvan-test", supportedVersion: 1).1.orgs == [org])
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(#""name":"Đảng bộ A""#))
        for twice in [text.replacingOccurrences(of: #""name":"Đảng bộ A""#, with: #""name":"Đảng bộ A","name":"Đảng bộ B""#),
                      text.replacingOccurrences(of: #""orgs":["#, with: #""orgs":[],"orgs":["#)] {
            do {
                _ = try DocumentCodec.decode(Array(twice.utf8), format: "danvan-test", supportedVersion: 1)
                Issue.record("accepted: \(twice)")
            } catch let e as CodecError {
                #expect(e.reason.contains("duplicate key"), "\(e)")
            }
        }
    }
}
