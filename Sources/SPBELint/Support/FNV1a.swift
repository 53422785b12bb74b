/// FNV-1a, 64-bit: the one hash for keywords, name words, file prefixes, whole files and
/// SARIF fingerprints. Not cryptographic: no file is called a copy of another by it alone
/// (their bytes are compared, or the SHA-256 of a document's whole read), so a collision
/// costs a read, never a verdict.
public struct FNV1a {
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x100_0000_01b3

    public private(set) var value = FNV1a.offsetBasis

    public init() {}

    /// One byte folded into `hash`: the form hot loops use on a local integer.
    @inline(__always)
    public static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* prime
    }

    public mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { value = Self.step(value, byte) }
    }

    public static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hasher = FNV1a()
        hasher.add(bytes)
        return hasher.value
    }
}
