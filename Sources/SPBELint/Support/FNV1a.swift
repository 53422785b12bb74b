/// FNV-1a, 64-bit: the one hash for keywords, name words, file prefixes, whole files and
/// SARIF fingerprints. Not cryptographic: identical bytes always compare byte for byte
/// before anything is called a duplicate, so a collision costs a read, never a verdict.
struct FNV1a {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    private(set) var value = FNV1a.offsetBasis

    /// One byte folded into `hash`: the form hot loops use on a local integer.
    @inline(__always)
    static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* prime
    }

    mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { value = Self.step(value, byte) }
    }

    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hasher = FNV1a()
        hasher.add(bytes)
        return hasher.value
    }
}
