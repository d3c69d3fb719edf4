import DanVanCore

extension DocxWriter {
    /// The place of the date line, italic; highlighted "[Địa danh]" when the unit's record
    /// has none.
    static func placeRun(_ head: Letterhead) -> Run {
        head.placeName.isEmpty ? Run("[Địa danh]", italic: true, placeholder: true) : Run(head.placeName, italic: true)
    }

    /// The signer's name under the signature, bold; highlighted "[Họ và tên]" when unknown.
    static func signerRun(_ head: Letterhead) -> Run {
        head.signer.isEmpty ? Run("[Họ và tên]", bold: true, placeholder: true) : Run(head.signer, bold: true)
    }
}
