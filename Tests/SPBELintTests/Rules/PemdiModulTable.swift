import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// The Modul Indikator Pemdi's butir numbering, transcribed from the public extractions the
/// pack cites (docs/sources.md §3.7):
/// - `numbered`: S12 Niumination/PemdiAcehTengah data/kebutuhan-bukti-dukung.json at commit
///   102eb448c5435e544309b808e432153dcaadbbca: "GT.I<n>_L<l>_<k>" is the modul's item k.
/// - `modul`: S12 data/modul-indikator.json at commit 08eeb8f898f348e0409892f4a9dd64dae42f3805:
///   the k-th data dukung item the modul lists for the level ("L3#2").
/// - `heuristic`: the sources do not number the item (garbled, cut off, or not a modul item);
///   the pack's requirement must say so with `heuristic:`.
enum PemdiModulTable {
    enum Source { case numbered, modul, heuristic }

    struct Item {
        var code: String
        var requirement: String
        var source: Source
        var reference: String
        var words: String
        init(_ code: String, _ requirement: String, _ source: Source, _ reference: String, _ words: String) {
            (self.code, self.requirement, self.source, self.reference, self.words) = (code, requirement, source, reference, words)
        }
    }

    static let modulCommit = "08eeb8f898f348e0409892f4a9dd64dae42f3805"
    static let numberingCommit = "102eb448c5435e544309b808e432153dcaadbbca"

    static let items: [Item] = [
        .init("I1-L1-01", "perencanaan", .numbered, "GT.I1_L1_1", "Rancangan dokumen perencanaan … substansi RAN Pemdi dalam tahap penyusunan"),
        .init("I1-L2-01", "perencanaan", .heuristic, "", "Substansi RAN Pemdi yang telah menjadi referensi (M bullet; K numbers only item 2)"),
        .init("I1-L2-02", "siap-digital", .numbered, "GT.I1_L2_2", "Pengisian Arsitektur Pemerintah Digital pada sebagian Layanan Digital melalui SIAP Digital"),
        .init("I1-L2-03", "pelaksanaan", .heuristic, "", "Dokumentasi pelaksanaan Tata Kelola Pemdi pada sebagian Layanan Digital (M bullet)"),
        .init("I1-L3-01", "reviu", .modul, "L3#1", "Laporan reviu pelaksanaan Tata Kelola Pemerintah Digital"),
        .init("I1-L3-02", "pelaksanaan", .modul, "L3#2", "Dokumentasi reviu yang menunjukkan konsistensi pelaksanaan lebih dari 2 tahun"),
        .init("I1-L4-01", "tindak-lanjut", .heuristic, "", "(data dukung cut off) kriteria 1: kegiatan nyata sesuai reviu"),
        .init("I1-L4-02", "reviu-arsitektur", .heuristic, "", "(data dukung cut off) kriteria 2: reviu Arsitektur Pemdi"),
        .init("I1-L5-01", "perubahan-arsitektur", .modul, "L5#1", "1. Berupa perbaikan/perubahan Arsitektur"),
        .init("I1-L5-02", "perubahan-perencanaan", .modul, "L5#2", "2. Perubahan Substansi Perencanaan Instansi"),
        .init("I2-L1-01", "perencanaan", .modul, "L1#1", "Substansi sebagian Rencana Aksi Nasional … pada perencanaan Instansi Pemerintah 1"),
        .init("I2-L1-02", "pelaksanaan", .numbered, "GT.I2_L1_2", "Bukti Pelaksanaan Manajemen pada Layanan Digital Pemerintah sesuai dengan kebutuhan internal"),
        .init("I2-L2-01", "pelaksanaan-sebagian", .numbered, "GT.I2_L2_1", "Bukti Pelaksanaan Manajemen pada sebagian Layanan Digital Pemerintah"),
        .init("I2-L3-01", "reviu", .heuristic, "", "(data dukung cut off) reviu secara menyeluruh"),
        .init("I2-L3-02", "pelaksanaan-sebagian", .heuristic, "", "konsisten lebih dari 2 tahun terakhir"),
        .init("I2-L4-01", "tindak-lanjut", .heuristic, "", "(data dukung cut off) penerapan tindak lanjut sesuai reviu"),
        .init("I2-L5-01", "optimalisasi", .modul, "L5#1", "Bukti optimalisasi Pelaksanaan Manajemen Layanan Digital Pemerintah. Sesuai dengan hasil reviu"),
        .init("I3-L1-01", "peta-kompetensi", .numbered, "GT.I3_L1_1", "Peta Kompetensi untuk pelaksanaan Pemerintah Digital"),
        .init("I3-L1-03", "komunitas-belajar", .numbered, "GT.I3_L1_3", "Dokumentasi pelaksanaan komunitas belajar"),
        .init("I3-L2-02", "laporan-kompetensi", .numbered, "GT.I3_L2_2", "Laporan peningkatan kompetensi digital"),
        .init("I3-L2-04", "pembelajaran-nasional", .numbered, "GT.I3_L2_4", "Laporan penggunaan pembelajaran digital nasional"),
        .init("I3-L3-01", "laporan-ai", .heuristic, "", "Laporan penggunaan AI/data analytics secara berkala (bulanan/triwulan)"),
        .init("I3-L3-02", "dasbor-analitik", .heuristic, "", "Dashboard analitik aktif (real-time/periodik)"),
        .init("I3-L4-01", "komparasi-dasbor", .heuristic, "", "Komparasi Dashboard Instansional pada tahun ini dan tahun sebelumnya"),
        .init("I3-L5-01", "asesmen", .heuristic, "", "didapatkan melalui Asesmen Kompetensi Digital ASN"),
        .init("I4-L1-01", "sk-tim", .numbered, "GT.I4_L1_1", "Penetapan Tim Koordinasi Pemerintah Digital Instansi Pemerintah"),
        .init("I4-L1-02", "rapat", .modul, "L1#2", "Dokumentasi awal forum koordinasi internal"),
        .init("I4-L2-01", "rencana-kolaborasi", .numbered, "GT.I4_L2_1", "Substansi RAN … dengan rincian rencana kolaborasi antar Instansi Pemerintah"),
        .init("I4-L2-02", "pelaksanaan", .modul, "L2#2", "Bukti pelaksanaan kolaborasi (notulensi, dokumentasi, undangan)"),
        .init("I4-L3-01", "reviu", .modul, "L3#1", "Laporan reviu pelaksanaan kolaborasi"),
        .init("I4-L3-02", "forum-berkala", .modul, "L3#2", "Dokumentasi forum koordinasi yang berjalan secara berkala"),
        .init("I4-L3-03", "implementasi", .modul, "L3#3", "Bukti implementasi hasil kolaborasi pada layanan digital"),
        .init("I4-L4-01", "kerja-sama", .modul, "L4#1", "MoU/PKS dengan pihak eksternal"),
        .init("I4-L4-02", "kegiatan-eksternal", .modul, "L4#2", "Dokumentasi kegiatan kolaborasi dengan akademisi, pelaku usaha, komunitas"),
        .init("I4-L4-03", "partisipasi", .modul, "L4#3", "Bukti partisipasi aktif para pihak"),
        .init("I4-L5-01", "optimalisasi", .modul, "L5#1", "Laporan optimalisasi dan pengembangan kolaborasi Pemdi"),
        .init("I4-L5-02", "rujukan", .modul, "L5#2", "Dokumentasi forum yang menjadi rujukan instansi lain"),
        .init("I4-L5-03", "dampak", .modul, "L5#3", "Bukti dampak kolaborasi terhadap layanan digital nasional"),
        .init("I8-L1-01", "uraian-pdp", .numbered, "L1", "Dokumentasi uraian penunjukan Pejabat/Petugas PDP (DPO) (the level's only modul item)"),
        .init("I8-L2-01", "kebijakan-pdp", .heuristic, "", "Kebijakan pelindungan data pribadi yang telah ditetapkan (M bullet; K numbers only item 3)"),
        .init("I8-L2-02", "penerapan-pdp", .heuristic, "", "Dokumentasi penerapan PDP pada sebagian layanan digital (M bullet)"),
        .init("I8-L2-03", "penunjukan", .numbered, "GT.I8_L2_3", "Dokumen penunjukkan Pejabat/Petugas PDP (DPO) (SK penunjukan, surat tugas, atau SOTK)"),
        .init("I8-L3-01", "reviu", .modul, "L3#1", "Laporan reviu pelaksanaan pelindungan data pribadi"),
        .init("I8-L3-02", "kepatuhan", .modul, "L3#2", "Dokumentasi kepatuhan PDP pada seluruh layanan digital prioritas"),
        .init("I8-L4-01", "penanganan", .modul, "L4#1", "Laporan penanganan insiden pelanggaran data pribadi"),
        .init("I8-L4-02", "tindak-lanjut", .modul, "L4#2", "Bukti tindak lanjut hasil reviu PDP"),
        .init("I8-L5-02", "pengakuan", .modul, "L5#2", "Sertifikasi atau pengakuan kepatuhan PDP"),
        .init("I9-L1-01", "tim-audit", .numbered, "GT.I9_L1_1", "Penetapan Tim Audit yang ditetapkan oleh Koordinator Pemerintah Digital"),
        .init("I9-L1-02", "rencana-audit", .numbered, "GT.I9_L1_2", "Dokumen Perencanaan Audit"),
        .init("I9-L2-01", "laporan-audit", .numbered, "GT.I9_L2_1", "Laporan Hasil Audit Internal Keamanan Pemerintah Digital dan Teknologi Pemerintah Digital Internal"),
        .init("I9-L3-01", "audit-eksternal", .modul, "L3#1", "Laporan Hasil Audit Eksternal Keamanan Pemerintah …"),
        .init("I9-L4-01", "tindak-lanjut-eksternal", .modul, "L4#1", "1. Laporan Hasil Tindak Lanjut Audit Eksternal Keamanan Pemerintah Digital dan Teknologi Pemerintah Digital"),
        .init("I9-L5-01", "audit-berjalan", .modul, "L5#1", "Laporan hasil audit periode berjalan"),
        .init("I10-L1-01", "ikasandi", .numbered, "GT.I10_L1_1", "Nilai IKASANDI pada area Keamanan Siber. 0 < IKASANDI < 1,5"),
        .init("I10-L2-01", "iiv", .numbered, "GT.I10_L2_1", "Dokumentasi Identifikasi Infrastruktur Informasi Vital"),
        .init("I10-L2-02", "ikasandi", .numbered, "GT.I10_L2_2", "Nilai IKASANDI pada area Keamanan Siber. 1,50 < IKASANDI < 2,50"),
        .init("I10-L3-01", "ikasandi", .modul, "L3#1", "1. Nilai IKASANDI pada area Keamanan Siber. 2,50 < IKASANDI < 3,50"),
        .init("I10-L4-01", "ikasandi", .modul, "L4#1", "1. Instrumen IKASANDI pada area Keamanan Siber (printed at levels 4 and 5, swapped)"),
        .init("I10-L5-01", "ikasandi", .modul, "L5#1", "1. Instrumen IKASANDI pada area Keamanan Siber (printed at levels 4 and 5, swapped)"),
        .init("I11-L1-01", "laporan-kriptografi", .modul, "L1#1", "Laporan pelaksanaan penerapan teknologi kriptografi"),
        .init("I11-L2-01", "penerapan", .modul, "L2#1", "(penerapan pada) siklus data (at-rest, in-transit, dan/atau in-use) terhadap ≤ 50% …"),
        .init("I11-L2-02", "algoritma", .modul, "L2#2", "2. Algoritma kriptografi yang digunakan sesuai dengan peraturan perundang-undangan"),
        .init("I11-L3-01", "dua-siklus", .modul, "L3#1", "(dua) siklus data … pada 100% Sistem Elektronik"),
        .init("I11-L3-02", "evaluasi", .modul, "L3#2", "2. Ev(aluasi penerapan teknologi kriptografi)"),
        .init("I11-L4-01", "tindak-lanjut", .modul, "L4#1", "1. Laporan tindak lanjut hasil evaluasi penerapan teknologi kriptografi"),
        .init("I11-L4-02", "ikasandi", .modul, "L4#2", "2. Nilai IKASANDI pada Area Kematangan P(ersandian)"),
        .init("I11-L5-02", "audit-kriptografi", .modul, "L5#2", "Laporan audit penerapan kriptografi"),
        .init("I12-L1-01", "penanganan-insiden", .numbered, "GT.I12_L1_1", "Dokumentasi pelaksanaan penanganan insiden"),
        .init("I12-L1-02", "ikasandi", .modul, "L1#2", "2. Nilai IKASANDI pada area Penanganan Insiden Siber. 0 < IKASANDI < 1,50"),
        .init("I12-L2-01", "ttis", .numbered, "GT.I12_L2_1", "Penetapan TTIS"),
        .init("I12-L2-02", "ikasandi", .numbered, "GT.I12_L2_2", "Nilai IKASANDI pada area Penanganan Insiden Siber. 1,50 < IKASANDI < 2,50"),
        .init("I12-L3-01", "ikasandi", .heuristic, "", "Instrumen IKASANDI area Penanganan Insiden Siber (M's levels 3-4 one level late)"),
        .init("I12-L4-01", "ikasandi", .heuristic, "", "Instrumen IKASANDI area Penanganan Insiden Siber. 3,50 < IKASANDI < 4,00"),
        .init("I12-L5-01", "ikasandi", .heuristic, "", "pengukuran … telah diverifikasi oleh lembaga … siber dan sandi"),
        .init("I13-L1-01", "pengembangan", .numbered, "GT.I13_L1_1", "Bukti Pelaksanaan Pengembangan Aplikasi (SDLC, konsultasi, notulensi, kesepakatan)"),
        .init("I13-L2-01", "dokumentasi-pengembangan", .heuristic, "", "Dokumentasi pembangunan / pengembangan aplikasi Pemerintah Digital. #### 1"),
        .init("I13-L2-02", "perencanaan", .heuristic, "", "Substansi Rencana Aksi Pemerintah Digital pada Perencanaan Instansi Pemerintah … #### 2"),
        .init("I13-L2-03", "reviu", .numbered, "GT.I13_L2_3", "Laporan hasil reviu Unit Pengelola Layanan Digital (risalah rapat, dokumentasi, bukti hadir)"),
        .init("I13-L2-04", "repositori", .heuristic, "", "Repositori Pemerintah Aplikasi Digital 4"),
        .init("I13-L3-01", "reviu-pengembangan", .heuristic, "", "Laporan reviu pelaksanaan pembangunan/pengembangan aplikasi"),
        .init("I13-L4-01", "perbaikan", .modul, "L4#1", "Perbaikan pelaksanaan pembangunan/pengembangan aplikasi berdasarkan hasil laporan reviu"),
        .init("I13-L5-01", "implementasi-perbaikan", .heuristic, "", "## 1 Bukti implementasi perbaikan; Dokumen tindak lanjut hasil reviu"),
        .init("I14-L1-03", "topologi", .numbered, "GT.I14_L1_3", "Screenshot Topologi Jaringan Intra IPPD atau Pusat Data … Jaringan Intra Pemerintah"),
        .init("I14-L2-01", "pemantauan", .numbered, "GT.I14_L2_1", "Laporan pemanfaatan Infrastruktur Pemerintah digital pada sebagian Layanan Digital IPPD"),
        .init("I14-L2-02", "dasbor", .heuristic, "", "Screenshot Domain Infrastruktur pada portal SIAP Digital (K no. 2, no modul item)"),
        .init("I14-L3-01", "pemantauan", .modul, "L3#1", "1 … pemanfaatan Infrastruktur … pada seluruh Layanan Digital Pemerintah prioritas dan/atau tematik"),
        .init("I14-L4-01", "reviu", .modul, "L4#1", "Laporan reviu pemanfaatan infrastruktur digital"),
        .init("I14-L4-02", "tindak-lanjut", .modul, "L4#2", "Bukti tindak lanjut hasil reviu"),
        .init("I14-L4-03", "integrasi-pdn", .modul, "L4#3", "Dokumentasi integrasi dengan Pusat Data Nasional"),
        .init("I14-L5-01", "perubahan-arsitektur", .modul, "L5#1", "1. Berupa perbaikan/perubahan Arsitektur"),
        .init("I14-L5-02", "laporan-tindak-lanjut", .modul, "L5#2", "2. Laporan tindak lanjut berdasarkan reviu"),
        .init("I15-L1-01", "proses-bisnis", .numbered, "GT.I15_L1_1", "Proses Bisnis Pemerintah Digital … pada Arsitektur Pemerintah Digital dari SIAP Digital"),
        .init("I15-L2-02", "to-be", .numbered, "GT.I15_L2_2", "Proses bisnis to-be yang mendukung keterpaduan Layanan Digital Pemerintah"),
        .init("I15-L3-01", "reviu", .modul, "L3#1", "Laporan reviu keterpaduan proses bisnis"),
        .init("I15-L3-02", "integrasi", .modul, "L3#2", "Dokumentasi integrasi proses bisnis seluruh layanan digital prioritas"),
        .init("I15-L4-01", "tindak-lanjut", .modul, "L4#1", "Laporan tindak lanjut hasil reviu proses bisnis"),
        .init("I15-L4-02", "optimalisasi", .modul, "L4#2", "Dokumentasi optimalisasi proses bisnis"),
        .init("I15-L4-03", "peningkatan-kualitas", .modul, "L4#3", "Bukti peningkatan kualitas layanan"),
        .init("I15-L5-01", "perubahan-arsitektur", .modul, "L5#1", "Berupa perbaikan/perubahan Arsitektur Domain Proses Bisnis"),
        .init("I16-L1-01", "matriks", .heuristic, "", "Matriks integrasi aplikasi (K no. 1, no modul item)"),
        .init("I16-L2-02", "laporan", .numbered, "GT.I16_L2_2", "Laporan pelaksanaan integrasi aplikasi pada sebagian layanan … matriks pemantauan"),
        .init("I16-L3-01", "reviu", .modul, "L3#1", "Laporan reviu integrasi aplikasi"),
        .init("I16-L3-02", "integrasi-seluruh", .modul, "L3#2", "Dokumentasi integrasi seluruh aplikasi prioritas"),
        .init("I16-L4-01", "tindak-lanjut", .modul, "L4#1", "Laporan tindak lanjut hasil reviu integrasi"),
        .init("I16-L4-02", "dasbor", .modul, "L4#2", "Dashboard monitoring integrasi aplikasi"),
        .init("I16-L5-01", "matriks-tindak-lanjut", .modul, "L5#1", "Laporan Matriks pemantauan hasil tindak lanjut Integrasi Aplikasi"),
        .init("I17-L1-01", "url", .heuristic, "", "Alamat URL (link) dan tampilan antarmuka portal (K no. 1, no modul item)"),
        .init("I17-L1-02", "tampilan", .heuristic, "", "(same K item, its second half)"),
        .init("I17-L2-02", "life-event", .numbered, "GT.I17_L2_2", "Portal Layanan Digital Pemerintah … pada sebagian Layanan Digital Pemerintah berbasis siklus hidup"),
        .init("I17-L3-01", "reviu", .modul, "L3#1", "Laporan reviu portal layanan digital"),
        .init("I17-L3-02", "statistik", .modul, "L3#2", "Statistik penggunaan portal"),
        .init("I17-L4-01", "integrasi-nasional", .modul, "L4#1", "Bukti integrasi dengan Portal Layanan Digital Nasional"),
        .init("I17-L4-02", "tindak-lanjut", .modul, "L4#2", "Laporan tindak lanjut hasil reviu portal"),
        .init("I17-L5-01", "pemanfaatan", .modul, "L5#1", "###### 1 Persentase pemanfaatan Portal Layanan Digital Pemerintah Nasional lebih dari 90%"),
        .init("I19-L1-01", "sla", .numbered, "GT.I19_L1_1", "Dokumen Service Level Agreement (SLA) Layanan Digital"),
        .init("I19-L2-01", "dasbor", .heuristic, "", "Screenshot sistem ticketing / fitur tracking (K no. 1, no modul item)"),
        .init("I19-L3-01", "reviu", .modul, "L3#1", "Laporan Reviu dan/atau Evaluasi memuat setidaknya informasi kendala dan rekomendasi tindak lanjut"),
        .init("I19-L4-01", "tindak-lanjut", .heuristic, "", "Data Dukung: # 1 99,9% (garbled)"),
        .init("I19-L5-01", "pencapaian-sla", .modul, "L5#1", "Laporan pencapaian SLA periode berjalan"),
        .init("I20-L1-01", "skm", .heuristic, "", "Link SKM Online (K no. 1, no modul item)"),
        .init("I20-L2-01", "hasil-kepuasan", .heuristic, "", "Hasil kepuasan pengguna layanan digital yang dilihat melalui portal instansi"),
        .init("I20-L2-02", "tindak-lanjut", .heuristic, "", "Bukti tindak lanjut pengelolaan kepuasan pengguna (Laporan Tindak Lanjut, Berita Acara, Risalah/Notulensi)"),
        .init("I20-L2-03", "transaksi", .heuristic, "", "Data jumlah Transaksi Layanan Digital dalam kurun waktu 1 tahun"),
        .init("I20-L3-01", "log-perubahan", .heuristic, "", "Log perubahan layanan yang disajikan kepada publik secara daring"),
        .init("I20-L3-02", "forum-respons", .heuristic, "", "Bukti pelaksanaan Forum Respons Daring"),
        .init("I20-L3-03", "mystery-guest", .heuristic, "", "Laporan hasil mystery guest audit"),
        .init("I20-L4-01", "trust-score", .heuristic, "", "Trust Score Tracker dalam kurun waktu 1 tahun"),
        .init("I20-L4-02", "riwayat-perubahan", .heuristic, "", "Riwayat perubahan layanan berbasis kebutuhan pengguna"),
        .init("I20-L5-01", "dasbor-kepuasan", .heuristic, "", "IPPD bisa memantau perkembangan kepuasan pengguna melalui dasbor kepuasan pengguna"),
    ]
}
