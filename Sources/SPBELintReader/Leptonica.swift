#if Contents
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The five leptonica functions the reader calls to decode a PNG or JPEG for Tesseract,
/// found in the leptonica that libtesseract already brought into the process.
///
/// Why not link it: leptonica's library changed its name between Debian 12 (`liblept.so.5`)
/// and Debian 13 (`libleptonica.so.6`), while Tesseract's (`libtesseract.so.5`) and these
/// functions did not. A reader linked against either name installs on one release only;
/// one that names only libtesseract runs on both (#25, tested in Debian roots by
/// scripts/test-install-debian.sh).
struct Leptonica: @unchecked Sendable {
    // @unchecked: five C function pointers, resolved once and never written again.
    typealias Pix = OpaquePointer
    let readMemory: @convention(c) (UnsafePointer<UInt8>?, Int) -> Pix?
    let width: @convention(c) (Pix?) -> Int32
    let height: @convention(c) (Pix?) -> Int32
    let scale: @convention(c) (Pix?, Float, Float) -> Pix?
    let destroy: @convention(c) (UnsafeMutablePointer<Pix?>?) -> Void

    /// Nil when no leptonica is loaded (then images are unreadable, never passed unread).
    static let loaded: Leptonica? = {
        // RTLD_DEFAULT: the global scope, where libtesseract's own dependencies are.
        func symbol<T>(_ name: String, as type: T.Type) -> T? {
            guard let address = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
            return unsafeBitCast(address, to: type)
        }
        guard let readMemory = symbol("pixReadMem", as: (@convention(c) (UnsafePointer<UInt8>?, Int) -> Pix?).self),
              let width = symbol("pixGetWidth", as: (@convention(c) (Pix?) -> Int32).self),
              let height = symbol("pixGetHeight", as: (@convention(c) (Pix?) -> Int32).self),
              let scale = symbol("pixScale", as: (@convention(c) (Pix?, Float, Float) -> Pix?).self),
              let destroy = symbol("pixDestroy", as: (@convention(c) (UnsafeMutablePointer<Pix?>?) -> Void).self)
        else { return nil }
        return Leptonica(readMemory: readMemory, width: width, height: height, scale: scale, destroy: destroy)
    }()
}
#endif
