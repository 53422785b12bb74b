/// A domain (Indeks SPBE has four; Indeks Pemdi has none and groups by aspect only).
public struct Domain: Sendable, Hashable {
    public var id: String
    public var name: String
    public var weight: Double
    public var location: SourceLocation?
    public var weightLocation: SourceLocation?
    /// Level names of this domain's indicators where they differ from the framework's
    /// (Layanan SPBE: Informasi, Interaksi, Transaksi, Kolaborasi, Optimalisasi).
    public var levelNames: [Int: String] = [:]
}

/// An aspect (aspek): a weighted group of indicators.
public struct Aspect: Sendable, Hashable {
    public var id: String
    public var name: String
    public var domain: String?
    public var weight: Double
    public var location: SourceLocation?
    public var weightLocation: SourceLocation?
}
