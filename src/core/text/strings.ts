/**
 * Every text a user reads, in Indonesian (default) and English. Nothing user-facing is written
 * as a literal anywhere else: add the key here, in both languages. Texts with {name} tokens are
 * templates (filled by template.fill).
 */

export type Lang = "id" | "en";

export const LANGS: readonly Lang[] = ["id", "en"];

/** Month names, for dates written as people write them ("27 Maret 2026"). */
export const MONTH_NAMES: Readonly<Record<Lang, readonly string[]>> = {
  id: [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

const id = {
  menuTitle: "BerAKHLAK",
  menuSetup: "Siapkan Survei",
  menuUpdateForm: "Perbarui Formulir",
  menuRecompute: "Hitung Ulang Skor",
  menuDashboard: "Perbarui Dasbor",
  menuPreviewReminders: "Pratinjau Pengingat",
  menuSendReminders: "Kirim Pengingat Sekarang",
  menuHealth: "Periksa Kesehatan",
  menuPlatform: "Uji Platform",
  menuHelp: "Bantuan",
  helpTitle: "Bantuan Survei Indeks BerAKHLAK",
  helpBody:
    "1. Jalankan \u201cSiapkan Survei\u201d: tab Pengaturan dan Unit Kerja dibuat.\n2. Isi Pengaturan (satu baris per pengaturan) dan Unit Kerja (satu baris per unit).\n3. Jalankan \u201cSiapkan Survei\u201d lagi: formulir dibuat, ditautkan, dan pemicu dipasang.\n4. Bagikan tautan formulir; \u201cPeriksa Kesehatan\u201d menunjukkan keadaan sistem.\nPanduan lengkap ada di README proyek.",

  colSettingKey: "kunci",
  colSettingValue: "nilai",
  colSettingHelp: "keterangan",
  colUnitCode: "Kode",
  colUnitName: "Nama Unit",
  colUnitHead: "Nama Kepala",
  colUnitHeadEmail: "Email Kepala",
  colUnitCc: "Email CC",
  colUnitHeadcount: "Jumlah Pegawai",
  colUnitManualQuota: "Kuota Manual",
  colUnitActive: "Aktif",
  colUnitShortLink: "Tautan Pendek",

  settingUnknownKey:
    "Pengaturan baris {row}: kunci \u201c{key}\u201d tidak dikenal. Perbaiki ejaannya atau hapus baris ini.",
  settingDuplicateKey:
    "Pengaturan baris {row}: kunci \u201c{key}\u201d muncul dua kali. Hapus salah satunya.",
  settingNotInteger: "Pengaturan baris {row} ({key}): \u201c{value}\u201d bukan bilangan bulat.",
  settingNotNumber: "Pengaturan baris {row} ({key}): \u201c{value}\u201d bukan angka.",
  settingNotBool: "Pengaturan baris {row} ({key}): isi dengan ya atau tidak (sekarang \u201c{value}\u201d).",
  settingNotDate:
    "Pengaturan baris {row} ({key}): \u201c{value}\u201d bukan tanggal. Tulis seperti 02/03/2026.",
  settingBadUrl:
    "Pengaturan baris {row} ({key}): \u201c{value}\u201d bukan alamat web; salin alamat aplikasi web lengkap dengan https://.",
  settingBadEmail: "Pengaturan baris {row} ({key}): \u201c{value}\u201d bukan alamat email yang sah.",
  settingBadChoice: "Pengaturan baris {row} ({key}): \u201c{value}\u201d tidak dikenal. Pilihan: {choices}.",
  settingOutOfRange:
    "Pengaturan baris {row} ({key}): \u201c{value}\u201d di luar rentang {min} sampai {max}.",
  settingMargin:
    "Pengaturan baris {row} (margin_error): harus lebih dari 0 dan kurang dari 0,5 (sekarang {value}).",
  settingPercent:
    "Pengaturan baris {row} (persen_kuota): harus lebih dari 0 dan paling besar 1 (sekarang {value}).",
  settingTargetNeeded:
    "Pengaturan baris {row} (target_total): metode alokasi memerlukan target total lebih dari 0.",
  settingEndBeforeStart:
    "Pengaturan baris {row}: tanggal_selesai ({end}) lebih awal dari tanggal_mulai ({start}).",
  settingBands:
    "Pengaturan baris {row}: batas_sehat harus lebih besar dari batas_cukup_sehat, dan itu lebih besar dari batas_tidak_sehat.",
  settingUnknownPlaceholder:
    "Pengaturan baris {row} ({key}): penanda {name} tidak dikenal. Yang tersedia: {known}.",
  settingEscalationThreshold:
    "Pengaturan baris {row} (ambang_eskalasi): {value} harus lebih kecil dari ambang_mendekati ({near}); unit yang mendekati kuota tidak dieskalasi.",

  riwayatBadYear: "Riwayat baris {row}: tahun \u201c{value}\u201d tidak sah; tulis tahunnya, misalnya 2025.",
  riwayatNotEarlier:
    "Riwayat baris {row}: tahun {value} bukan tahun sebelumnya (survei ini tahun {year}); Riwayat hanya berisi hasil tahun-tahun lalu.",
  riwayatUnknownUnit:
    "Riwayat baris {row}: kode unit \u201c{code}\u201d tidak ada di Unit Kerja; perbaiki kodenya, atau kosongkan untuk seluruh instansi.",
  riwayatBadScore:
    "Riwayat baris {row}: skor {code} \u201c{value}\u201d harus angka 0 sampai 100 (atau kosong).",
  riwayatNoScore: "Riwayat baris {row}: tidak ada skor nilai sama sekali.",
  riwayatDuplicate:
    "Riwayat baris {row}: tahun {year} untuk unit {code} sudah ada di baris {first}; hapus salah satunya.",
  healthRiwayatOk: "Riwayat sah: {rows} baris hasil tahun-tahun lalu",
  healthRiwayatProblems: "Riwayat: {count} baris tidak dipakai sampai diperbaiki",
  unitEmptyCode: "Unit Kerja baris {row}: kode kosong.",
  unitDuplicateCode: "Unit Kerja baris {row}: kode \u201c{code}\u201d sudah dipakai di baris {first}.",
  unitEmptyName: "Unit Kerja baris {row}: nama unit kosong.",
  unitDuplicateName: "Unit Kerja baris {row}: nama \u201c{name}\u201d sudah dipakai di baris {first}.",
  unitBadEmail: "Unit Kerja baris {row}: email kepala \u201c{value}\u201d tidak sah.",
  unitBadCc: "Unit Kerja baris {row}: email cc \u201c{value}\u201d tidak sah.",
  unitMissingHeadcount: "Unit Kerja baris {row}: jumlah pegawai kosong.",
  unitBadHeadcount:
    "Unit Kerja baris {row}: jumlah pegawai \u201c{value}\u201d harus bilangan bulat 0 atau lebih.",
  unitBadQuota:
    "Unit Kerja baris {row}: kuota manual \u201c{value}\u201d harus bilangan bulat 0 atau lebih, atau dikosongkan.",
  unitBadActive: "Unit Kerja baris {row}: kolom Aktif berisi \u201c{value}\u201d; isi dengan ya atau tidak.",
  unitBadShortLink:
    "Unit Kerja baris {row}: Tautan Pendek \u201c{value}\u201d bukan alamat web; tulis lengkap dengan https:// atau kosongkan.",
  unitNone: "Unit Kerja: belum ada satu unit pun. Isi satu baris per unit kerja.",
  quotaManualAboveHeadcount:
    "Unit Kerja baris {row} ({code}): kuota manual {manual} melebihi jumlah pegawai {headcount}.",
  quotaManualMissing: "Unit Kerja baris {row} ({code}): metode kuota manual, tetapi kuota manual kosong.",
  quotaTargetTooSmall:
    "Pengaturan target_total: sisa target {remainder} lebih kecil dari jumlah unit yang dialokasikan ({units}); setiap unit perlu minimal 1.",
  quotaTargetTooLarge:
    "Pengaturan target_total: sisa target {remainder} melebihi jumlah pegawai unit yang dialokasikan ({capacity}).",

  problemsTitle: "Perbaiki dulu hal berikut",
  problemsIntro: "Tidak ada yang diubah pada formulir. Perbaiki {count} masalah ini, lalu jalankan lagi:",
  setupTitle: "Siapkan Survei",
  setupTabsCreated:
    "Tab Pengaturan dan Unit Kerja sudah disiapkan dengan nilai bawaan dan dua contoh unit. Isi keduanya, lalu jalankan \u201cSiapkan Survei\u201d lagi untuk membuat formulir.",
  setupDone: "Survei siap.\nFormulir: {url}\nUnit aktif: {units}\nTab jawaban: {tab}\nPemicu: {triggers}",
  setupTabPending:
    "Formulir sudah dibuat, diterbitkan, dan ditautkan ke spreadsheet ini, tetapi tab jawabannya belum terlihat oleh Google Sheets (Google membuatnya beberapa saat kemudian).\nFormulir: {url}\nPemicu: {triggers}\nJalankan \u201cSiapkan Survei\u201d lagi dalam satu menit untuk menyelesaikannya; bila tidak, jalan per jam menyelesaikannya sendiri. Jawaban yang masuk sementara itu tidak hilang.",
  setupIncomplete:
    "Siapkan Survei belum selesai: batas waktu satu kali jalan di Google hampir habis. Yang sudah dibuat tersimpan. Jalankan \u201cSiapkan Survei\u201d sekali lagi untuk melanjutkan; tidak ada yang dibuat dua kali.",
  setupTimeZoneOffer:
    "Zona waktu spreadsheet ini ({sheet}) berbeda dengan zona waktu skrip ({script}). Tanggal yang diketik di sel dibaca menurut zona spreadsheet, jadi tanggal tetap benar; tetapi jam pada tampilan akan berbeda.\n\nSamakan zona waktu spreadsheet menjadi {script}?\n\n(Bila provinsi Anda memakai WITA atau WIT, yang perlu diubah adalah timeZone di appsscript.json; lihat README.)",
  setupTriggersInstalled: "terpasang atas nama {owner}",
  setupTriggersOtherOwner:
    "sudah aktif atas nama {owner}; tidak dipasang ulang. Minta {owner} menjalankan Siapkan Survei bila pemicu perlu diperbaiki.",
  updateFormTitle: "Perbarui Formulir",
  updateFormDone:
    "Formulir diperbarui: {units} unit aktif pada daftar unit. Jawaban yang sudah masuk tetap utuh.",
  updateFormFrozen:
    "Skala jawaban tidak diubah: sudah ada {count} jawaban, dan mengubah skala atau label sesudahnya akan membuat skor lama dan baru tidak sebanding. Skala tetap {points} poin.",
  updateFormNoForm: "Belum ada formulir. Jalankan \u201cSiapkan Survei\u201d lebih dulu.",
  updateFormTabPending:
    "Tab jawaban belum terlihat oleh Google Sheets; jalankan \u201cSiapkan Survei\u201d lagi dalam satu menit.",
  formConsentTitle: "Pernyataan dan persetujuan",
  formConfirmation: "Terima kasih. Jawaban Anda sudah tercatat.",
  formNipHelp:
    "Tulis seperti pada kartu pegawai: 18 angka dalam empat kelompok dipisah spasi, misalnya 19900101 201503 1 001. Hanya dipakai untuk mengenali pengisian ganda; tim survei dapat melihatnya, hasil yang dibagikan tidak pernah menampilkannya.",
  formNipInvalid: "Tulis NIP dalam empat kelompok dipisah spasi, misalnya 19900101 201503 1 001.",
  formProfileTitle: "Data responden",
  formEbTitle: "Bangga Melayani Bangsa",

  healthTitle: "Periksa Kesehatan",
  healthOk: "baik",
  healthWarn: "perhatian",
  healthBad: "masalah",
  healthFormLinked: "Formulir tertaut ke spreadsheet ini",
  healthFormMissing: "Formulir tidak ditemukan (terhapus atau belum dibuat). Jalankan Siapkan Survei.",
  healthFormUnlinked: "Formulir tidak lagi tertaut ke spreadsheet ini. Jalankan Siapkan Survei.",
  healthTabPending:
    "Formulir sudah ditautkan, tetapi tab jawabannya belum terlihat. Jalankan Siapkan Survei lagi; jawaban yang masuk tidak hilang.",
  healthTimeZoneSame: "Zona waktu spreadsheet dan skrip sama ({script})",
  healthTimeZoneDiffer:
    "Zona waktu spreadsheet ({sheet}) berbeda dengan zona waktu skrip ({script}). Tanggal di sel dibaca menurut zona spreadsheet; Siapkan Survei menawarkan untuk menyamakannya.",
  healthPublished: "Formulir diterbitkan dan menerima jawaban",
  healthClosedAtEnd: "Formulir ditutup pada akhir kampanye ({date}), sesuai tutup_formulir_setelah_selesai",
  healthUnpublished:
    "Formulir belum diterbitkan atau sudah ditutup. Jalankan Siapkan Survei untuk menerbitkannya.",
  healthEditsOff: "Pengeditan jawaban nonaktif",
  healthEditsOn:
    "Pengeditan jawaban aktif (dinyalakan manual). Sebaiknya matikan; setiap edit dihitung ulang.",
  healthUnitsInSync: "Daftar unit di formulir sesuai tab Unit Kerja",
  healthUnitsOutOfSync: "Daftar unit di formulir berbeda dari tab Unit Kerja. Jalankan Perbarui Formulir.",
  healthTriggers: "Pemicu: {detail}",
  healthTriggersOk:
    "satu pengolah jawaban, satu jalan per jam (susulan dan pengingat) dan satu pencatat suntingan staf, milik {owner}",
  healthRunsNone: "Jalan per jam belum tercatat (pemicunya baru dipasang)",
  healthColumnsMissing:
    "Kolom pertanyaan ini tidak ditemukan lagi di tab jawaban: {columns}. Judul kolomnya mungkin diubah; kembalikan judul seperti di formulir (kode butir, misalnya \u201c[AK2. \u2026]\u201d, harus tetap ada). Jawaban baru menunggu dan dihitung begitu kolomnya dikenali lagi.",
  dashOverHeadcount: "periksa data: respons > pegawai",
  healthOverHeadcount:
    "Periksa data: {units} punya lebih banyak respons valid daripada jumlah pegawainya. Jumlah pegawai di Unit Kerja mungkin salah, atau responden memilih unit yang salah.",
  healthRemindersLate:
    "Pengingat terakhir baru terkirim {time}, lebih dari satu jam sesudah jam_pengingat ({hour}): jalan per jam Google terlambat atau terlewat. Pengingat hari itu tetap terkirim; tidak ada yang perlu dilakukan bila ini jarang terjadi.",
  platformTitle: "Uji Platform",
  platformScratchTitle: "HAPUS SAJA \u2013 formulir uji Survei BerAKHLAK",
  platformItemBare: "NIP uji (18 angka)",
  platformItemGrouped: "NIP uji (berkelompok)",
  platformTabImmediate: "Tab jawaban muncul seketika setelah formulir ditautkan.",
  platformTabAfterFlush:
    "Tab jawaban baru terlihat setelah perubahan disimpan (flush). Produk sudah menunggu dengan cara itu; tidak ada yang perlu dilakukan.",
  platformTabLater:
    "Tab jawaban baru terlihat pada jalan berikutnya. Produk menyelesaikan tautan pada jalan berikutnya (Siapkan Survei lagi, atau jalan per jam); jawaban yang masuk tidak hilang.",
  platformRunAgain: "Jalankan Uji Platform sekali lagi dalam satu menit untuk menyelesaikan uji.",
  platformRowsNextEmpty:
    "NIP 18 angka tiba utuh di kolom yang diformat teks: Google menulis jawaban ke baris kosong berikutnya.",
  platformRowsInserted:
    "NIP 18 angka tiba sebagai angka (digit hilang) walau kolomnya diformat teks: Google menyisipkan baris jawaban. Produk tetap aman karena formulir meminta NIP dalam empat kelompok dipisah spasi; jalankan Siapkan Survei bila formulir masih dari versi lama.",
  platformGroupedNipOk: "NIP berkelompok (19900101 201503 1 009) tiba utuh.",
  platformGroupedNipBad:
    "NIP berkelompok TIDAK tiba utuh. Pengenalan pengisian ganda tidak dapat diandalkan di akun ini: matikan kumpulkan_nip dan laporkan ke pengembang.",
  platformLatency: "Waktu satu panggilan: Sheets {sheets} ms, Forms {forms} ms, Properties {properties} ms.",
  platformLatencySlow:
    "Panggilan Forms lambat: Siapkan Survei untuk banyak unit mungkin perlu dijalankan dua kali (ia melanjutkan sendiri).",
  platformNoSurveyForm: "Formulir survei belum ada: jalankan Siapkan Survei.",
  platformDomainOnly:
    "Formulir survei hanya menerima responden yang masuk dengan akun domain Anda. Pegawai tanpa akun itu tidak bisa mengisi: ubah di Formulir \u2192 Setelan \u2192 Respons bila itu tidak disengaja.",
  platformAudienceByHand:
    "Siapa yang boleh mengisi tidak dapat dibaca sepenuhnya oleh skrip: buka tautan formulir di jendela pribadi (incognito) untuk memastikan orang tanpa akun Google dapat mengisinya.",
  platformCleanup:
    "Formulir uji \u201c{title}\u201d sudah dilepas dan ditutup; hapus dari Google Drive Anda. Tab ujinya sudah dihapus.",
  platformNeverRun: "Uji Platform belum pernah dijalankan (menu BerAKHLAK \u2192 Uji Platform).",
  platformLastOk: "Uji Platform terakhir ({date}): tidak ada masalah",
  platformLastBad: "Uji Platform terakhir ({date}): {text}",
  healthUpgradeV2:
    "Versi baru terpasang ({date}). Yang berubah: pengingat kini dikirim oleh jalan per jam pertama pada atau setelah jam_pengingat (tidak lagi oleh pemicu harian), dan formulir meminta NIP dalam empat kelompok seperti pada kartu pegawai. Jalankan Siapkan Survei sekali agar pemicu harian lama dihapus dan formulir diperbarui.",
  healthNewScopes:
    "Versi ini memerlukan izin baru: {scopes}. Pemicu milik {owner} gagal sampai {owner} membuka menu BerAKHLAK dan menyetujuinya.",
  scopesMailSubject: "Survei BerAKHLAK: versi baru memerlukan persetujuan Anda",
  scopesMailBody:
    "Versi baru skrip Survei BerAKHLAK memerlukan izin tambahan:\n{scopes}\n\nPemicu survei berjalan atas nama Anda dan gagal sampai Anda membuka spreadsheet, memilih menu BerAKHLAK \u2192 Siapkan Survei, dan menyetujui izin tersebut.",
  healthRunsOk: "Jalan per jam terakhir: {time}; {count} jalan tercatat, tidak ada yang terlewat",
  healthRunsMissed:
    "Jalan per jam terlewat {missed} kali di antara {count} jalan tercatat (jeda terpanjang {gap} menit). Google kadang menunda atau melewatkan pemicu; tidak ada yang hilang, pengingat hari itu dikirim pada jalan berikutnya.",
  healthRunsStale:
    "Jalan per jam tidak terlihat sejak {time}. Periksa pemicu: jalankan Siapkan Survei (oleh pemilik pemicu).",
  healthTriggersMissing: "kurang: {names}",
  healthTriggersExtra: "ganda: {names}",
  healthTriggersOther: "dipasang oleh {owner}; tidak terlihat dari akun ini",
  healthTriggersNone: "belum dipasang",
  healthSettingsOk: "Pengaturan sah",
  healthSettingsBad: "Pengaturan: {count} masalah",
  healthUnitsOk: "Unit Kerja sah ({count} unit aktif)",
  healthUnitsBad: "Unit Kerja: {count} masalah",
  healthQuota: "Sisa kuota email hari ini: {count}",
  healthPending: "Jawaban belum diolah: {count}",
  healthCapacity:
    "Kapasitas Spreadsheet: {used} dari 10.000.000 sel Google ({pct}%); masih muat sekitar {fits} respon lagi pada lebar tab sekarang.",
  healthCapacityWarn:
    "Spreadsheet hampir penuh: {used} dari 10.000.000 sel Google ({pct}%); masih muat sekitar {fits} respon lagi. Kosongkan ruang sekarang: hapus tab yang tidak dipakai, serta baris dan kolom kosong di tab buatan Anda (Google menghitung setiap sel, juga yang kosong). Jangan hapus tab jawaban, Skor, atau tab tersembunyi produk.",
  healthCapacityFull:
    "Spreadsheet penuh: {used} dari 10.000.000 sel Google. Respon baru tetap diterima Formulir tetapi tidak masuk ke Sheet, jadi tidak dihitung; yang sudah dihitung tetap aman. Kosongkan ruang: hapus tab yang tidak dipakai, serta baris dan kolom kosong di tab buatan Anda. Jawaban yang sudah ada di Sheet dihitung oleh jalan per jam berikutnya; yang hanya ada di Formulir tidak masuk dengan sendirinya (lihat README, kapasitas).",
  healthSources: "Tab jawaban yang dihitung: {tabs}",
  healthLastValid:
    "Pengaturan atau Unit Kerja sedang tidak sah: pengolahan, dasbor dan pengingat tetap memakai versi sah terakhir ({time}) sampai masalah di bawah diperbaiki.",
  healthSourcesNote:
    "Jawaban yang ada di beberapa tab (Formulir menyalinnya saat ditautkan ulang) dihitung sekali; untuk menghapus jawaban, hapus di setiap tab yang memuatnya.",
  setupSources:
    "Tab jawaban lama tetap dihitung: {tabs}. Jawaban yang ada di beberapa tab dihitung sekali; untuk menghapus jawaban, hapus di setiap tab yang memuatnya.",
  sourceLive: "{name} (aktif, {count} jawaban)",
  sourceOld: "{name} (formulir lama, {count} jawaban)",
  sourceUnreadable:
    "{name} (formulir lama, {count} jawaban; pertanyaannya tidak dikenali lagi, tidak dihitung)",
  healthNipDamaged:
    "Kolom NIP berisi angka (digit hilang) pada {count} jawaban; duplikat tidak diputuskan dari NIP yang rusak.",
  healthLastError: "Galat terakhir: {time} \u2014 {message}",
  healthNoError: "Tidak ada galat tercatat",
  healthRecompute: "Hitung ulang sedang berjalan: {done} dari {total} jawaban; dilanjutkan otomatis",
  healthInvalid: "Jawaban tidak valid (disimpan, tidak dihitung): {count} \u2014 {reasons}",
  healthProblemsHeader: "Masalah yang perlu diperbaiki",
  predikatA: "Sehat",
  predikatB: "Cukup Sehat",
  predikatC: "Tidak Sehat",
  predikatD: "Sangat Tidak Sehat",
  hiddenMark: "n < {min}",
  hiddenProtect: "disembunyikan",
  hiddenProtectNote:
    "Disembunyikan untuk melindungi kelompok lain: bila ditampilkan, skor kelompok dengan kurang dari {min} orang dapat dihitung dari selisih angka, termasuk selisih dengan rilis sebelumnya.",
  hiddenWaitNote:
    "Ditahan: bersama angka lain di rilis ini atau di rilis skor sebelumnya, menampilkan kelompok ini akan memperlihatkan skor kurang dari {min} orang.",
  hiddenBoundedNote:
    "Disembunyikan: semua anggota kelompok kecil ini (kurang dari {twice} orang) memberi jawaban di ujung skala, sehingga skor ini akan memperlihatkan jawaban tiap orang.",
  hiddenLegend:
    "n < {min}: kurang dari {min} respon, skor tidak ditampilkan. disembunyikan: skor ditahan agar skor kelompok kecil lain tidak dapat dihitung dari selisih.",
  groupBlank: "Tidak diisi",
  menuPublish: "Terbitkan Hasil",
  publishTitle: "Terbitkan Hasil",
  publishDone:
    "Rilis ke-{n} diterbitkan di tab Hasil: {responses} respon valid. Skor {shown} dari {units} unit ditampilkan; {hidden} kelompok disembunyikan.\n\nBagikan isi tab Hasil (misalnya salinan atau PDF-nya), jangan Spreadsheet ini: siapa pun yang dapat membuka Spreadsheet ini melihat jawaban mentah.",
  publishRefused:
    "Rilis skor ini tidak dapat diterbitkan. Bersama rilis skor sebelumnya (terakhir rilis ke-{n}, {date}), angka yang tetap harus tampil akan memperlihatkan skor kurang dari {min} orang:\n\n{groups}\n\nRilis ini baru dapat diterbitkan bila perubahan sejak rilis skor sebelumnya (respon yang masuk, dihapus, atau dikoreksi) melibatkan paling sedikit {min} responden. Sampai itu, rilis skor sebelumnya tetap berlaku; tidak ada yang perlu ditarik.",
  publishWaiting:
    "Ditahan (bersama angka lain di rilis ini atau di rilis skor sebelumnya, menampilkannya akan memperlihatkan skor kurang dari {min} orang):\n{groups}",
  publishConflictMore: "\u2022 \u2026 dan {n} kelompok lainnya",
  publishConflictLeak: "\u2022 {group}: skor {changed} responden dapat dihitung dari selisih angka",
  publishConflictUnchecked:
    "\u2022 {group}: pemeriksaan terhadap semua rilis skor sebelumnya tidak selesai dalam batas kerjanya, jadi ditahan untuk berjaga-jaga",
  publishParticipationDone:
    "Rilis ke-{n} (partisipasi) diterbitkan di tab Hasil: {responses} respon valid dari {units} unit, terhadap kuota masing-masing.\n\nSkor diterbitkan sekali saja, setelah survei ditutup ({end}), agar skor seseorang tidak dapat dihitung dari selisih beberapa rilis. Sampai itu tab Hasil dan Laporan Pimpinan memuat partisipasi saja.\n\nBagikan isi tab Hasil (misalnya salinan atau PDF-nya), jangan Spreadsheet ini: siapa pun yang dapat membuka Spreadsheet ini melihat jawaban mentah.",
  publishFull:
    "Kampanye ini sudah memiliki {max} rilis skor, batas yang disimpan untuk pemeriksaan antarrilis. Rilis ke-{n} tetap berlaku; tidak ada rilis skor baru yang dibuat.",
  resultsScoresLater: "setelah survei ditutup",
  resultsSubtitleParticipation:
    "Rilis ke-{n} (partisipasi), diterbitkan {date}: {responses} respon valid, jawaban sampai {last}. Skor diterbitkan sekali, setelah survei ditutup ({end}).",
  reportScoresLater:
    "Rilis ini memuat partisipasi saja. Skor indeks diterbitkan sekali, setelah survei ditutup ({end}), agar skor seseorang tidak dapat dihitung dari selisih beberapa rilis.",
  publishNothing: "Belum ada respon valid: belum ada yang dapat diterbitkan.",
  publishRecomputing: "Hitung ulang sedang berjalan. Terbitkan hasil setelah selesai.",
  publishSkorRebuilt:
    "Tab Skor tidak sama dengan jawaban yang dihitung (ada sel yang diubah tangan). Skor sudah dibangun ulang dari jawaban asli, dan rilis ini dihitung dari situ.",
  publishSkorRebuilding:
    "Tab Skor tidak sama dengan jawaban yang dihitung (ada sel yang diubah tangan). Skor sedang dibangun ulang dari jawaban asli dan berlanjut otomatis; terbitkan hasil lagi setelah selesai. Rilis terakhir tetap berlaku.",
  publishMembersLost:
    "Catatan rilis terakhir (tab tersembunyi \u201cRilis Terakhir\u201d) terhapus, sehingga rilis baru tidak dapat dibandingkan dengan rilis ke-{n}. Mulai seri rilis baru?\n\nSiapa pun yang menyimpan rilis lama dapat membandingkannya dengan rilis baru. Pilih YES hanya bila rilis lama belum dibagikan ke luar tim survei.",
  tableAll: "Instansi",
  colReleaseKey: "respon (waktu dan skor)",
  colReleaseShown: "kelompok yang ditampilkan",
  tableUnits: "Unit kerja",
  resultsTitle: "Hasil Survei Indeks BerAKHLAK {tahun} \u2014 {instansi}",
  resultsSubtitle: "Rilis ke-{n}, diterbitkan {date}: {responses} respon valid, jawaban sampai {last}.",
  resultsColTable: "Tabel",
  resultsColGroup: "Kelompok",
  resultsColName: "Nama",
  resultsColN: "Respon",
  resultsColQuota: "Kuota",
  resultsColAchievement: "Capaian",
  resultsColIndex: "Indeks BerAKHLAK",
  resultsColPredikat: "Predikat",
  resultsColEb: "Indeks EB",
  healthReleaseNone: "Belum ada rilis hasil (menu Terbitkan Hasil)",
  healthRelease: "Rilis hasil terakhir: ke-{n}, {date}, {responses} respon",
  healthMembersLost:
    "Catatan rilis terakhir terhapus: rilis berikutnya meminta konfirmasi (menu Terbitkan Hasil)",
  healthFinalDone: "Rilis akhir kampanye dibuat {date}",
  healthFinalRefused: "Rilis akhir kampanye belum dapat dibuat ({date}): {reason}",
  healthWeeklyMaxMigrated:
    "maks_pengingat {from} (jumlah seluruh kampanye) diganti maks_pengingat_per_minggu {to} pada {date}: unit di bawah kuota kini diingatkan sampai akhir periode, paling banyak {to} kali seminggu. Ubah di Pengaturan bila perlu.",
  healthMinGroupRaised:
    "ukuran_kelompok_minimum {from} dinaikkan ke {to} pada {date} (paling kecil 3): kelompok di bawah {to} tidak ditampilkan",
  formPrivacyNoNip:
    "Yang dikumpulkan: {fields} dan jawaban Anda. Formulir ini tidak meminta nama, email, atau NIP Anda, sehingga jawaban Anda anonim. Jawaban mentah hanya dapat dilihat tim survei {instansi}. Hasil yang dibagikan berupa angka gabungan dan tidak pernah menampilkan skor kelompok yang kurang dari {min} orang.",
  formPrivacyNip:
    "Yang dikumpulkan: {fields}, NIP, dan jawaban Anda. NIP hanya dipakai untuk mengenali pengisian ganda, jadi survei ini tidak anonim bagi tim survei {instansi}, satu-satunya pihak yang dapat melihat jawaban mentah. Hasil yang dibagikan berupa angka gabungan dan tidak pernah menampilkan NIP maupun skor kelompok yang kurang dari {min} orang.",
  formFieldUnit: "unit kerja",
  formFieldEmployment: "jenis kepegawaian",
  formFieldPosition: "jenis jabatan",
  dimEmployment: "Jenis kepegawaian",
  dimPosition: "Jenis jabatan",
  dashSubtitle: "{instansi} \u2022 periode {start} s.d. {end}",
  dashDaysLeft: "Sisa hari",
  dashUpdated: "Diperbarui",
  dashResponses: "Responden valid",
  dashTotalQuota: "Total kuota",
  dashAchievement: "Capaian",
  dashUnitsAtQuota: "Unit mencapai kuota",
  dashIndex: "Indeks BerAKHLAK",
  dashPredikat: "Predikat",
  dashEb: "Indeks Employer Branding",
  dashValue: "Nilai",
  dashScore: "Skor",
  dashNote: "Catatan",
  dashChange: "Perubahan sejak {year}",
  dashWeakest: "terlemah",
  dashUnitsTitle: "Capaian dan skor per unit (capaian terendah di atas)",
  dashGroupsTitle: "Menurut kelompok responden",
  dashColCode: "Kode",
  dashColUnit: "Unit kerja",
  dashColHeadcount: "Pegawai",
  dashColQuota: "Kuota",
  dashColResponses: "Respons valid",
  dashColAchievement: "Capaian",
  dashColStatus: "Status",
  dashColIndex: "Indeks",
  dashColPredikat: "Predikat",
  dashColChange: "\u0394 indeks",
  dashColDimension: "Dimensi",
  dashColGroup: "Kelompok",
  dashColN: "n",
  dashChartValues: "Skor nilai BerAKHLAK instansi",
  dashChartAchievement: "Capaian kuota per unit",
  statusTercapai: "tercapai",
  statusMendekati: "mendekati",
  statusKurang: "kurang",
  statusBelumAda: "belum ada",
  statusTanpaKuota: "tanpa kuota",
  dashRefreshed: "Dasbor diperbarui.",
  reminderSubject: "Pengingat Survei BerAKHLAK: {unit} baru {jumlah} dari {kuota} responden",
  reminderBody:
    "Dengan hormat,\n\nHingga hari ini unit {unit} telah mengirim {jumlah} dari kuota {kuota} responden ({persen}). Masih diperlukan {kurang} responden lagi dalam {sisa_hari} hari, sampai {batas_waktu}.\n\nMohon Bapak/Ibu meneruskan tautan survei di bawah kepada pegawai di unit Bapak/Ibu; unitnya sudah terpilih. Terima kasih atas dukungan Bapak/Ibu.",
  openingSubject: "Survei Indeks BerAKHLAK telah dibuka: tautan untuk {unit}",
  openingBody:
    "Dengan hormat,\n\nSurvei Indeks BerAKHLAK {instansi} telah dibuka dan berlangsung sampai {batas_waktu}. Unit {unit} diharapkan mengirim sedikitnya {kuota} responden. Pengisian memerlukan sekitar 10 menit, dan unit sudah terpilih pada tautan di bawah.\n\nMohon Bapak/Ibu meneruskan tautan tersebut kepada pegawai di unit Bapak/Ibu, misalnya dengan teks WhatsApp yang disiapkan di bawah. Terima kasih atas dukungan Bapak/Ibu.",
  closingSubject:
    "Survei BerAKHLAK ditutup {sisa_hari} hari lagi: {unit} baru {jumlah} dari {kuota} responden",
  closingBody:
    "Dengan hormat,\n\nSurvei Indeks BerAKHLAK akan ditutup pada {batas_waktu}, {sisa_hari} hari lagi. Unit {unit} telah mengirim {jumlah} dari kuota {kuota} responden ({persen}); masih diperlukan {kurang} responden.\n\nMohon Bapak/Ibu meneruskan tautan di bawah kepada pegawai yang belum mengisi sebelum survei ditutup. Terima kasih atas dukungan Bapak/Ibu.",
  escalationSubject: "Tembusan {tembusan}: capaian Survei BerAKHLAK {unit} baru {persen}",
  escalationBody:
    "Dengan hormat,\n\nCapaian unit {unit} pada Survei Indeks BerAKHLAK hingga hari ini baru {jumlah} dari kuota {kuota} responden ({persen}), {alasan}. Sesuai ketentuan kampanye survei, surat ini karena itu ditembuskan kepada {tembusan} ({email_tembusan}) agar dapat membantu mendorong partisipasi.\n\nMasih diperlukan {kurang} responden sampai {batas_waktu} ({sisa_hari} hari lagi). Mohon Bapak/Ibu meneruskan tautan di bawah kepada pegawai di unit Bapak/Ibu; unitnya sudah terpilih.",
  escalationReasonReminders: "masih di bawah {ambang} setelah beberapa kali pengingat",
  escalationReasonDays: "sementara survei ditutup {sisa_hari} hari lagi",
  thanksSubject: "Terima kasih: {unit} telah mencapai kuota Survei BerAKHLAK",
  thanksBody:
    "Dengan hormat,\n\nUnit {unit} telah mengirim {jumlah} responden dan mencapai kuotanya ({kuota}). Terima kasih atas dukungan Bapak/Ibu dan seluruh pegawai {unit}.\n\nSurvei masih dibuka sampai {batas_waktu}; pegawai yang belum mengisi tetap dapat berpartisipasi melalui tautan di bawah.",
  letterSalutation: "Yth. Bapak/Ibu {kepala},",
  letterSalutationAddressed: "Yth. {kepala},",
  letterSalutationNoName: "Yth. Bapak/Ibu Kepala {unit},",
  letterClosing: "Hormat kami,",
  letterLinkLabel: "Tautan survei untuk pegawai {unit}:",
  letterLinkShort: "tautan survei",
  letterButton: "Buka Formulir Survei {unit}",
  letterWhatsappLabel: "Teks siap diteruskan lewat WhatsApp:",
  letterPosterLabel: "Poster A4 unit untuk dicetak dan dipasang, dengan kode QR formulir:",
  letterPosterLink: "buka poster",
  boardOverall: "{persen} dari kuota responden; {reached} dari {units} unit mencapai kuota",
  boardDaysLeft: "Survei ditutup {date}: {days} hari lagi.",
  boardClosed: "Survei telah ditutup pada {date}. Terima kasih atas partisipasinya.",
  boardRanking: "Peringkat unit",
  boardUpdated: "Diperbarui {time}.",
  boardCountsOnly: "Papan ini hanya menampilkan jumlah responden, tanpa skor.",
  boardBack: "\u2190 Papan kemajuan",
  boardUnitProgress: "responden dari kuota ({persen})",
  boardOpenForm: "Isi survei sekarang",
  boardPrintHint: "Cetak halaman ini untuk poster A4 unit Anda.",
  boardUnknownUnit: "Unit \u201c{unit}\u201d tidak ada di papan ini.",
  boardNotReady:
    "Papan belum siap: survei belum disiapkan di Spreadsheet ini (menu Survei BerAKHLAK \u2192 Siapkan Survei).",
  posterScan: "Pindai kode QR untuk mengisi survei",
  posterDeadline: "Paling lambat {date}",
  posterMinutes: "\u00b110 menit",
  posterQrLabel: "Kode QR formulir survei {unit}",
  posterQrTooLong:
    "Tautan unit ini terlalu panjang untuk kode QR (nama unitnya sangat panjang). Isi kolom Tautan Pendek di tab Unit Kerja, lalu buka Kit Sosialisasi lagi: kode QR-nya memuat tautan pendek itu.",
  posterWhole: "Seluruh pegawai",
  kitTitle: "Kit Sosialisasi",
  kitIntro:
    "Poster A4 per unit dan satu untuk seluruh instansi: cetak (Ctrl+P) atau simpan sebagai PDF; satu poster satu halaman. Kode QR berisi tautan formulir dengan unit yang sudah terpilih.",
  kitPrompt:
    "Ada {count} unit. Tulis kode unit yang posternya dibuat, dipisah koma (paling banyak {max}), atau kosongkan untuk {max} unit pertama.",
  kitUnknown: "Kode unit tidak dikenal: {codes}.",
  kitBoard: "Papan kemajuan: {url}",
  kitPrint: "Cetak",
  menuKit: "Kit Sosialisasi",
  suggestBP1:
    "Ajak unit menanyakan kebutuhan pengguna layanan, misalnya survei singkat atau kotak saran, dan bahas hasilnya tiap bulan.",
  suggestBP2:
    "Tetapkan standar waktu tanggap untuk pertanyaan dan keluhan, dan latih petugas depan menyelesaikan masalah di tempat.",
  suggestBP3:
    "Pilih satu proses layanan tiap triwulan untuk disederhanakan, dan umumkan perbaikannya kepada pegawai dan pengguna.",
  suggestAK1:
    "Jadikan target kerja dan tenggatnya terlihat oleh tim, dan tinjau capaian bersama secara berkala.",
  suggestAK2:
    "Catat pemakaian barang milik negara dan anggaran secara terbuka di unit, dan berikan contoh penghematan yang berhasil.",
  suggestAK3:
    "Sosialisasikan batas kewenangan dan saluran pelaporan pelanggaran, dan pastikan pelapor terlindungi.",
  suggestKO1:
    "Sediakan waktu belajar terjadwal, misalnya satu jam seminggu, dan catat pelatihan yang diikuti tiap pegawai.",
  suggestKO2:
    "Adakan sesi berbagi pengetahuan singkat antarpegawai dan pasangkan pegawai baru dengan mentor.",
  suggestKO3: "Sepakati ukuran mutu untuk pekerjaan utama unit dan periksa bersama sebelum hasil diserahkan.",
  suggestHA1:
    "Pastikan setiap pegawai mendapat kesempatan bicara dalam rapat, dan tegur sikap merendahkan siapa pun.",
  suggestHA2:
    "Biasakan saling bantu saat beban kerja menumpuk, misalnya dengan piket bantuan atau pembagian tugas sementara.",
  suggestHA3:
    "Tanyakan suasana kerja secara berkala dan tindak lanjuti satu masalah yang paling sering disebut.",
  suggestLO1:
    "Kaitkan kegiatan unit dengan nilai Pancasila dan tugas negara dalam apel atau rapat, dengan contoh nyata.",
  suggestLO2:
    "Sepakati cara menyampaikan kritik melalui saluran resmi, bukan di media sosial, dan beri contoh dari pimpinan.",
  suggestLO3:
    "Ingatkan kembali aturan kerahasiaan data dan dokumen, dan periksa cara penyimpanan dan pembagian berkas.",
  suggestAD1:
    "Jelaskan alasan setiap perubahan kebijakan atau sistem lebih awal, dan sediakan pendampingan saat peralihan.",
  suggestAD2: "Buka ruang usulan inovasi dari pegawai dan uji coba satu usulan kecil tiap triwulan.",
  suggestAD3:
    "Dorong pegawai mengusulkan solusi sebelum masalah membesar, dan akui inisiatif itu di depan tim.",
  suggestKL1:
    "Libatkan unit lain dan pemangku kepentingan sejak perencanaan kegiatan, tidak hanya saat pelaksanaan.",
  suggestKL2:
    "Bentuk tim lintas bidang untuk pekerjaan bersama, dengan tujuan dan pembagian peran yang jelas.",
  suggestKL3:
    "Petakan sumber daya yang bisa dipakai bersama antarunit, misalnya ruang, alat, dan data, dan atur cara pemakaiannya.",
  behTab: "Perilaku",
  behTitle: "Perilaku BerAKHLAK: yang perlu diperkuat",
  behSubtitle: "{instansi} \u2022 diperbarui {time} \u2022 skor 0\u2013100 per perilaku",
  behNote:
    "Tiga perilaku terlemah instansi dan perilaku terlemah tiap unit ditandai. Saran tindakan adalah usulan dari alat ini, bukan ketentuan; sesuaikan dengan keadaan unit. Skor kelompok di bawah {min} responden tidak ditampilkan.",
  behInstansi: "Instansi",
  behColValue: "Nilai",
  behColCode: "Kode",
  behColBehaviour: "Perilaku",
  behColScore: "Skor",
  behColMark: "Tanda",
  behColSuggestion: "Saran tindakan (usulan)",
  behColUnit: "Unit",
  behColN: "n",
  behColWeakest: "Perilaku terlemah",
  behWeakest: "terlemah",
  behUnitsTitle: "Per unit: skor tiap perilaku",
  menuReport: "Laporan Pimpinan",
  reportTitle: "Laporan Pimpinan: Survei Indeks BerAKHLAK {tahun}",
  reportPeriod: "Periode survei {period}",
  reportRelease: "Berdasarkan rilis hasil ke-{n}, diterbitkan {date}",
  reportDate: "Disusun {date}",
  reportSummary: "Ringkasan",
  reportResponses: "Responden valid / kuota",
  reportParticipation: "Partisipasi per unit kerja",
  reportValues: "Tujuh nilai BerAKHLAK",
  reportBehaviours: "Perilaku yang perlu diperkuat",
  reportBehavioursIntro:
    "Tiga perilaku dengan skor terendah di tingkat instansi, masing-masing dengan saran tindakan. Saran ini adalah usulan, bukan ketentuan; sesuaikan dengan keadaan unit.",
  reportSuggestion: "Saran tindakan:",
  reportBehavioursNone:
    "Skor perilaku tidak tersedia dalam rilis ini (responden kurang dari ukuran kelompok minimum, atau rilis dibuat sebelum versi yang mencatat perilaku).",
  reportChange: "Perubahan dibanding tahun sebelumnya",
  reportChangeNone: "Tab Riwayat belum berisi hasil tahun sebelumnya.",
  reportChangeIntro: "Dibanding hasil {year} dari tab Riwayat (hanya baris yang sah).",
  reportMethod: "Metode dan aturan anonimitas",
  reportMethodText:
    "Setiap responden menilai seberapa sering 21 perilaku BerAKHLAK dijalankan di unit kerjanya pada skala {points} titik. Skor butir = (jawaban \u2212 1) / (titik \u2212 1) \u00d7 100; skor nilai adalah rata-rata tiga perilakunya; Indeks BerAKHLAK adalah rata-rata tujuh nilai. Skor kelompok dihitung atas semua respon valid kelompok itu (bukan rata-rata dari rata-rata unit). Ini survei mandiri dengan instrumen frekuensi milik alat ini, bukan instrumen survei nasional KemenPAN-RB.",
  reportAnonymity:
    "Skor kelompok yang respondennya kurang dari {min} orang tidak pernah ditampilkan, dan kelompok lain ikut disembunyikan bila skor kelompok kecil dapat dihitung dari selisih. Antarrilis, kelompok yang berubah kurang dari {min} orang ditahan. Jawaban mentah hanya dapat dilihat tim survei.",
  reportPrintHint: "Cetak atau simpan sebagai PDF (kertas A4).",
  reportNoRelease:
    "Belum ada rilis hasil. Jalankan Terbitkan Hasil dulu; laporan selalu dibuat dari rilis terakhir, tidak dari data yang masih berjalan.",
  reportHasilLost: "Tab Hasil rilis terakhir tidak ditemukan. Jalankan Terbitkan Hasil lagi.",
  tableBehaviours: "Perilaku (instansi)",
  digestSubject: "Ringkasan mingguan Survei BerAKHLAK {instansi}: {total} dari {quota} responden ({persen})",
  digestSalutation: "Yth. Bapak/Ibu Pimpinan,",
  digestOverall:
    "Per {tanggal}: {total} dari kuota {quota} responden ({persen}); {reached} dari {units} unit mencapai kuota; survei ditutup {batas_waktu} ({sisa_hari} hari lagi).",
  digestChange: "Bertambah {diff} responden sejak ringkasan {date}.",
  digestFirst: "Ini ringkasan mingguan pertama.",
  digestBehind: "Unit yang paling tertinggal (dengan kepala unit):",
  digestNoneBehind: "Semua unit sudah mencapai kuota.",
  digestRanking: "Peringkat unit (capaian kuota, perubahan sejak ringkasan lalu):",
  digestMore: "… {count} unit lainnya …",
  digestCountsOnly:
    "Ringkasan ini hanya memuat jumlah responden; skor baru diterbitkan setelah survei ditutup.",
  digestBoard: "Papan kemajuan (diperbarui setiap 15 menit): {url}",
  digestColRank: "No.",
  digestColUnit: "Unit",
  digestColResponses: "Responden",
  digestColChange: "Perubahan",
  endSubject: "Survei BerAKHLAK {instansi} telah berakhir",
  endBody:
    "Periode survei berakhir pada {date}.\n\n{form}. Tidak ada lagi surat kepada kepala unit.\nResponden: {total} dari kuota {quota} ({persen}); {reached} dari {units} unit mencapai kuota.\nRilis akhir: {release}\n\nUntuk survei tahun depan: buat salinan Spreadsheet ini, bawa hasil tahun ini ke tab Riwayat, lalu jalankan Siapkan Survei (langkahnya ada di README).",
  endFormClosed: "Formulir sudah ditutup",
  endFormOpen: "Formulir tetap dibuka (tutup_formulir_setelah_selesai = tidak)",
  endReleaseDone: "sudah dibuat (tab Hasil).",
  endReleaseRefused: "belum dapat dibuat: {reason}",
  endReleaseNone: "belum dibuat; jalankan Terbitkan Hasil.",
  endLog: "kampanye berakhir {date}: {form}; pengingat berhenti; admin diberi tahu",
  formClosedMessage: "Survei ini sudah ditutup pada {date}. Terima kasih atas partisipasi Bapak/Ibu.",
  healthUnitsNoLink:
    "Unit yang belum ada di formulir tidak dikirimi surat (tautannya belum ada): {units}. Jalankan Perbarui Formulir.",
  andMore: "\u2026 dan {count} lainnya",
  endReopened:
    "tanggal_selesai dipindah ke {date}: formulir yang ditutup pada akhir kampanye dibuka kembali, pengingat berlanjut sampai tanggal itu",
  endExtended: "tanggal_selesai dipindah ke {date}: kampanye berlanjut sampai tanggal itu",
  healthEnded:
    "Kampanye berakhir {date}: {form}; pengingat tidak dikirim lagi. Langkah berikutnya: tab Hasil memuat rilis skor (Laporan Pimpinan untuk pimpinan), lalu survei tahun depan dimulai di salinan Spreadsheet ini (lihat Bantuan).",
  digestLog: "ringkasan mingguan untuk pimpinan",
  reminderWhatsapp:
    "Rekan-rekan {unit}, mohon luangkan sekitar 10 menit untuk mengisi Survei Indeks BerAKHLAK sebelum {batas_waktu}: {tautan}",
  reminderProgress: "{jumlah} dari {kuota} responden ({persen})",
  reminderWhatsappButton: "Teruskan lewat WhatsApp",
  summarySubject: "Ringkasan pengingat Survei BerAKHLAK {tanggal}",
  summaryBody:
    "Pengingat hari ini: {sent} terkirim, {postponed} ditunda (kuota email habis), {skipped} dilewati.\n\n{lines}",
  skipOutsidePeriod: "di luar periode survei",
  skipNonWorkingDay: "bukan hari kerja",
  skipAtQuota: "kuota sudah tercapai",
  skipNoQuota: "unit tanpa kuota",
  skipNoEmail: "email kepala tidak ada atau tidak sah",
  skipNotInForm: "unit belum ada di formulir: jalankan Perbarui Formulir",
  historyLostConfirm:
    "Tab tersembunyi “Riwayat Pengingat” sudah dihapus, sehingga tidak diketahui unit mana yang sudah diingatkan dan kapan. Pengingat terjadwal berhenti sampai Anda mengonfirmasi. Mulai riwayat baru sekarang? Setiap unit di bawah kuota bisa menerima satu pengingat lebih cepat dari jedanya.",
  healthHistoryLost:
    "Tab tersembunyi “Riwayat Pengingat” sudah dihapus: pengingat terjadwal berhenti. Jalankan Kirim Pengingat Sekarang dan konfirmasi untuk memulai riwayat baru.",
  summaryNotInForm:
    "Unit yang belum ada di formulir tidak dikirimi pengingat (tautannya belum ada): {units}. Jalankan Perbarui Formulir.",
  skipGap: "sudah diingatkan dalam jeda minimum",
  skipWeeklyMax: "batas pengingat minggu ini tercapai",
  skipAlreadyToday: "sudah diingatkan hari ini",
  postponedQuota: "kuota email harian habis; dikirim lebih dulu pada jalan berikutnya",
  uncertainSend:
    "tidak pasti terkirim: jalan sebelumnya terhenti di antara pengiriman dan pencatatannya; tidak diulang hari ini",
  recoveredSend: "terkirim oleh jalan yang terhenti sebelum mencatatnya",
  logNonWorkingDay: "{date} bukan hari kerja: tidak ada surat",
  logBeforeStart: "survei belum dimulai (mulai {date}): tidak ada surat",
  missedDay:
    "pengingat {date} tidak terkirim: tidak ada jalan per jam sesudah jam pengingat hari itu (pemicu Google tidak berjalan); tidak dikirim susulan",
  sendFailed: "gagal dikirim: {message}",
  colLogTime: "waktu",
  colLogUnit: "unit",
  colLogRecipients: "penerima",
  colLogKind: "jenis",
  colLogCount: "jumlah",
  colLogQuota: "kuota",
  colLogOutcome: "hasil",
  colLogWhy: "keterangan",
  previewTitle: "Pratinjau Pengingat",
  previewIntro:
    "Tidak ada email yang dikirim. Jika dikirim sekarang: {send} unit menerima pengingat, {skip} dilewati.",
  previewSubject: "Subjek",
  previewTo: "Kepada",
  previewCc: "Tembusan",
  sendNowTitle: "Kirim Pengingat Sekarang",
  sendNowBusy:
    "Surat sedang dikirim oleh jalan lain (terjadwal, atau Kirim Pengingat Sekarang oleh rekan). Jalan itu mengirim surat hari ini menurut aturan yang sama dan mencatat setiap surat di Log Email. Tidak ada surat yang dikirim dua kali: lihat Log Email dalam beberapa menit, atau jalankan menu ini lagi setelahnya.",
  sendNowDone:
    "{sent} pengingat terkirim, {postponed} ditunda, {skipped} dilewati. Rinciannya ada di tab Log Email.",
  sendNowSkipped: "Dilewati:",
  colSkorKey: "kunci respons",
  colSkorTime: "waktu",
  colSkorUnit: "kode unit",
  colSkorStatus: "status",
  colSkorReason: "alasan",
  colSkorIndex: "indeks BerAKHLAK",
  colSkorEb: "indeks EB",
  colSkorEmployment: "jenis kepegawaian",
  colSkorPosition: "jenis jabatan",
  colSkorNipHash: "hash NIP",
  colSkorBehaviours: "jawaban perilaku",
  colHistoryCode: "kode unit",
  colHistoryCount: "jumlah pengingat",
  colHistoryLast: "surat terakhir",
  colHistoryPending: "ditunda sejak",
  colHistoryOpened: "surat pembukaan",
  colHistoryThanked: "terima kasih",
  colHistoryWeek: "minggu",
  colHistoryWeekCount: "pengingat minggu ini",
  colHistoryLetterDay: "surat hari",
  colJournalUnit: "jurnal: kode unit",
  colJournalDay: "hari",
  colJournalKind: "jenis",
  colJournalState: "status",
  reasonNoUnit: "unit kerja tidak diisi",
  reasonUnknownUnit: "unit \u201c{unit}\u201d tidak ada di tab Unit Kerja",
  reasonInactiveUnit: "unit \u201c{unit}\u201d tidak aktif",
  reasonMissingAnswer: "jawaban {item} kosong",
  reasonOutOfRange: "jawaban {item} (\u201c{answer}\u201d) di luar skala",
  reasonDuplicate: "NIP sama dengan respons lain; hanya satu yang dihitung",
  recomputeTitle: "Hitung Ulang Skor",
  recomputeColumnsMissing:
    "Hitung ulang tidak dijalankan: kolom pertanyaan ini tidak ditemukan di tab jawaban: {columns}. Kembalikan judul kolomnya seperti di formulir (kode butir, misalnya \u201cAK1\u201d, harus tetap ada di judul), lalu jalankan Hitung Ulang Skor lagi. Skor dan dasbor tidak diubah.",
  recomputeDone:
    "Skor dihitung ulang dari {responses} jawaban: {valid} valid, {invalid} tidak valid, {duplicates} duplikat.",
  recomputeContinues:
    "Hitung ulang belum selesai ({done} dari {total} jawaban) dan dilanjutkan otomatis dalam beberapa menit. Jawaban baru menunggu sampai selesai.",
  recomputeBusy: "Proses lain sedang berjalan. Coba lagi sebentar lagi.",
  recomputeAbandoned:
    "Hitung ulang skor gagal {count} kali berturut-turut tanpa kemajuan dan dihentikan; jawaban kembali diolah seperti biasa. Galatnya ada di daftar eksekusi Apps Script (Ekstensi > Apps Script > Eksekusi); perbaiki penyebabnya, lalu jalankan Hitung Ulang Skor lagi.",
  errorMailSubject: "[Survei BerAKHLAK] Galat pada pemrosesan otomatis",
  errorMailBody:
    "Pemrosesan otomatis mengalami galat pada {time}:\n\n{message}\n\nBuka spreadsheet dan jalankan Periksa Kesehatan.",
};

export type Strings = { readonly [K in keyof typeof id]: string };

const en: Strings = {
  menuTitle: "BerAKHLAK",
  menuSetup: "Set up survey",
  menuUpdateForm: "Update form",
  menuRecompute: "Recompute scores",
  menuDashboard: "Refresh dashboard",
  menuPreviewReminders: "Preview reminders",
  menuSendReminders: "Send reminders now",
  menuHealth: "Health check",
  menuPlatform: "Platform self-test",
  menuHelp: "Help",
  helpTitle: "BerAKHLAK Index Survey help",
  helpBody:
    "1. Run \u201cSet up survey\u201d: the Pengaturan (settings) and Unit Kerja (units) tabs are created.\n2. Fill in Pengaturan (one row per setting) and Unit Kerja (one row per unit).\n3. Run \u201cSet up survey\u201d again: the form is built and linked, and the triggers are installed.\n4. Share the form link; \u201cHealth check\u201d shows the state of the system.\nThe full guide is in the project README.",

  colSettingKey: "key",
  colSettingValue: "value",
  colSettingHelp: "help",
  colUnitCode: "Code",
  colUnitName: "Unit name",
  colUnitHead: "Head's name",
  colUnitHeadEmail: "Head's email",
  colUnitCc: "CC emails",
  colUnitHeadcount: "Headcount",
  colUnitManualQuota: "Manual quota",
  colUnitActive: "Active",
  colUnitShortLink: "Short link",

  settingUnknownKey:
    "Settings row {row}: the key \u201c{key}\u201d is unknown. Fix its spelling or delete the row.",
  settingDuplicateKey: "Settings row {row}: the key \u201c{key}\u201d appears twice. Delete one of them.",
  settingNotInteger: "Settings row {row} ({key}): \u201c{value}\u201d is not a whole number.",
  settingNotNumber: "Settings row {row} ({key}): \u201c{value}\u201d is not a number.",
  settingNotBool: "Settings row {row} ({key}): write yes or no (it says \u201c{value}\u201d).",
  settingNotDate: "Settings row {row} ({key}): \u201c{value}\u201d is not a date. Write it like 02/03/2026.",
  settingBadUrl:
    "Settings row {row} ({key}): \u201c{value}\u201d is not a web address; copy the web app's address in full, with https://.",
  settingBadEmail: "Settings row {row} ({key}): \u201c{value}\u201d is not a valid email address.",
  settingBadChoice: "Settings row {row} ({key}): \u201c{value}\u201d is not known. Choices: {choices}.",
  settingOutOfRange: "Settings row {row} ({key}): \u201c{value}\u201d is outside {min} to {max}.",
  settingMargin: "Settings row {row} (margin_error): must be more than 0 and less than 0.5 (it is {value}).",
  settingPercent: "Settings row {row} (persen_kuota): must be more than 0 and at most 1 (it is {value}).",
  settingTargetNeeded: "Settings row {row} (target_total): the allocate method needs a total target above 0.",
  settingEndBeforeStart: "Settings row {row}: tanggal_selesai ({end}) is before tanggal_mulai ({start}).",
  settingBands:
    "Settings row {row}: batas_sehat must be above batas_cukup_sehat, and that above batas_tidak_sehat.",
  settingUnknownPlaceholder:
    "Settings row {row} ({key}): the placeholder {name} is unknown. Available: {known}.",
  settingEscalationThreshold:
    "Settings row {row} (ambang_eskalasi): {value} must be below ambang_mendekati ({near}); a unit close to its quota is never escalated.",

  riwayatBadYear: "Riwayat row {row}: the year \u201c{value}\u201d is not valid; write the year, e.g. 2025.",
  riwayatNotEarlier:
    "Riwayat row {row}: the year {value} is not an earlier year (this survey is {year}); Riwayat holds earlier years' results only.",
  riwayatUnknownUnit:
    "Riwayat row {row}: the unit code \u201c{code}\u201d is not in Unit Kerja; fix the code, or leave it empty for the whole institution.",
  riwayatBadScore:
    "Riwayat row {row}: the {code} score \u201c{value}\u201d must be a number from 0 to 100 (or empty).",
  riwayatNoScore: "Riwayat row {row}: there is no value score at all.",
  riwayatDuplicate:
    "Riwayat row {row}: the year {year} for unit {code} is already in row {first}; delete one of them.",
  healthRiwayatOk: "Riwayat is valid: {rows} rows of earlier years",
  healthRiwayatProblems: "Riwayat: {count} rows not used until fixed",
  unitEmptyCode: "Units row {row}: the code is empty.",
  unitDuplicateCode: "Units row {row}: the code \u201c{code}\u201d is already used in row {first}.",
  unitEmptyName: "Units row {row}: the unit name is empty.",
  unitDuplicateName: "Units row {row}: the name \u201c{name}\u201d is already used in row {first}.",
  unitBadEmail: "Units row {row}: the head's email \u201c{value}\u201d is not valid.",
  unitBadCc: "Units row {row}: the cc email \u201c{value}\u201d is not valid.",
  unitMissingHeadcount: "Units row {row}: the headcount is empty.",
  unitBadHeadcount: "Units row {row}: the headcount \u201c{value}\u201d must be a whole number, 0 or more.",
  unitBadQuota:
    "Units row {row}: the manual quota \u201c{value}\u201d must be a whole number, 0 or more, or empty.",
  unitBadActive: "Units row {row}: the Active column says \u201c{value}\u201d; write yes or no.",
  unitBadShortLink:
    "Units row {row}: the short link \u201c{value}\u201d is not a web address; write it in full with https:// or leave it empty.",
  unitNone: "Units: there is no unit yet. Fill in one row per work unit.",
  quotaManualAboveHeadcount:
    "Units row {row} ({code}): the manual quota {manual} is above the headcount {headcount}.",
  quotaManualMissing: "Units row {row} ({code}): the quota method is manual, but the manual quota is empty.",
  quotaTargetTooSmall:
    "Setting target_total: the remaining target {remainder} is smaller than the number of units to allocate ({units}); each needs at least 1.",
  quotaTargetTooLarge:
    "Setting target_total: the remaining target {remainder} is above the headcount of the units to allocate ({capacity}).",

  problemsTitle: "Please fix these first",
  problemsIntro: "Nothing was changed in the form. Fix these {count} problems, then run it again:",
  setupTitle: "Set up survey",
  setupTabsCreated:
    "The Pengaturan and Unit Kerja tabs are ready, with defaults and two example units. Fill them in, then run \u201cSet up survey\u201d again to build the form.",
  setupDone:
    "The survey is ready.\nForm: {url}\nActive units: {units}\nResponses tab: {tab}\nTriggers: {triggers}",
  setupTabPending:
    "The form is built, published and linked to this spreadsheet, but Google Sheets does not show its responses tab yet (Google makes it a moment later).\nForm: {url}\nTriggers: {triggers}\nRun \u201cSet up survey\u201d again in a minute to finish; otherwise the hourly run finishes by itself. Responses arriving meanwhile are not lost.",
  setupIncomplete:
    "Set up survey is not finished: Google's time limit for one run is nearly up. What was made is saved. Run \u201cSet up survey\u201d once more to continue; nothing is made twice.",
  setupTimeZoneOffer:
    "This spreadsheet's time zone ({sheet}) differs from the script's ({script}). Dates typed in cells are read in the spreadsheet's zone, so dates stay right; but times shown will differ.\n\nGive the spreadsheet the time zone {script}?\n\n(If your province uses WITA or WIT, change timeZone in appsscript.json instead; see the README.)",
  setupTriggersInstalled: "installed for {owner}",
  setupTriggersOtherOwner:
    "already active for {owner}; not installed again. Ask {owner} to run Set up survey if the triggers need repair.",
  updateFormTitle: "Update form",
  updateFormDone: "Form updated: {units} active units in the unit list. Responses already in are untouched.",
  updateFormFrozen:
    "The answer scale was not changed: {count} responses are already in, and changing the scale or its labels now would make old and new scores incomparable. The scale stays at {points} points.",
  updateFormNoForm: "There is no form yet. Run \u201cSet up survey\u201d first.",
  updateFormTabPending:
    "Google Sheets does not show the responses tab yet; run \u201cSet up survey\u201d again in a minute.",
  formConsentTitle: "Statement and consent",
  formConfirmation: "Thank you. Your response has been recorded.",
  formNipHelp:
    "Write it as on your staff card: 18 digits in four groups separated by spaces, e.g. 19900101 201503 1 001. Only used to recognise repeat submissions; the survey team can see it, shared results never show it.",
  formNipInvalid: "Write the NIP in four groups separated by spaces, e.g. 19900101 201503 1 001.",
  formProfileTitle: "About you",
  formEbTitle: "Proud to Serve the Nation",

  healthTitle: "Health check",
  healthOk: "ok",
  healthWarn: "attention",
  healthBad: "problem",
  healthFormLinked: "The form is linked to this spreadsheet",
  healthFormMissing: "The form cannot be found (deleted or not created yet). Run Set up survey.",
  healthFormUnlinked: "The form is no longer linked to this spreadsheet. Run Set up survey.",
  healthTabPending:
    "The form is linked, but its responses tab is not visible yet. Run Set up survey again; responses arriving are not lost.",
  healthTimeZoneSame: "The spreadsheet and the script share a time zone ({script})",
  healthTimeZoneDiffer:
    "The spreadsheet's time zone ({sheet}) differs from the script's ({script}). Dates in cells are read in the spreadsheet's zone; Set up survey offers to align them.",
  healthPublished: "The form is published and accepting responses",
  healthClosedAtEnd:
    "The form was closed at the campaign's end ({date}), as tutup_formulir_setelah_selesai says",
  healthUnpublished: "The form is unpublished or closed. Run Set up survey to publish it.",
  healthEditsOff: "Response editing is off",
  healthEditsOn: "Response editing is on (turned on by hand). Better turn it off; every edit is recounted.",
  healthUnitsInSync: "The form's unit list matches the Unit Kerja tab",
  healthUnitsOutOfSync: "The form's unit list differs from the Unit Kerja tab. Run Update form.",
  healthTriggers: "Triggers: {detail}",
  healthTriggersOk:
    "one response processor, one hourly run (catch-up and reminders) and one recorder of staff edits, owned by {owner}",
  healthRunsNone: "No hourly run recorded yet (its trigger was just installed)",
  healthColumnsMissing:
    "These questions' columns can no longer be found in the responses tab: {columns}. Their headers may have been edited; restore them as in the form (the item code, e.g. \u201c[AK2. \u2026]\u201d, must stay). New responses wait and are counted once the columns are recognised again.",
  dashOverHeadcount: "check data: responses > staff",
  healthOverHeadcount:
    "Check the data: {units} have more valid responses than staff. The headcount in Unit Kerja may be wrong, or respondents chose the wrong unit.",
  healthRemindersLate:
    "The last reminders went out only at {time}, more than an hour after jam_pengingat ({hour}): Google's hourly run was late or skipped. That day's reminders still went out; nothing to do if it is rare.",
  platformTitle: "Platform self-test",
  platformScratchTitle: "DELETE ME \u2013 BerAKHLAK survey test form",
  platformItemBare: "Test NIP (18 digits)",
  platformItemGrouped: "Test NIP (grouped)",
  platformTabImmediate: "The responses tab appeared at once after the form was linked.",
  platformTabAfterFlush:
    "The responses tab became visible only after pending changes were applied (flush). The product already waits that way; nothing to do.",
  platformTabLater:
    "The responses tab became visible only in a later run. The product finishes the link in the next run (Set up survey again, or the hourly run); responses arriving meanwhile are not lost.",
  platformRunAgain: "Run the platform self-test once more in a minute to finish it.",
  platformRowsNextEmpty:
    "An 18-digit NIP arrived intact in a column formatted as text: Google writes responses into the next empty row.",
  platformRowsInserted:
    "An 18-digit NIP arrived as a number (digits lost) although its column was formatted as text: Google inserts response rows. The product stays safe because the form asks for the NIP in four groups separated by spaces; run Set up survey if the form is still an older version's.",
  platformGroupedNipOk: "A grouped NIP (19900101 201503 1 009) arrived intact.",
  platformGroupedNipBad:
    "A grouped NIP did NOT arrive intact. Repeat submissions cannot be recognised reliably on this account: switch kumpulkan_nip off and report it to the developers.",
  platformLatency: "One call takes: Sheets {sheets} ms, Forms {forms} ms, Properties {properties} ms.",
  platformLatencySlow:
    "Forms calls are slow: Set up survey for many units may need two runs (it continues by itself).",
  platformNoSurveyForm: "There is no survey form yet: run Set up survey.",
  platformDomainOnly:
    "The survey form only accepts respondents signed in with your domain's account. Staff without one cannot answer: change it in Form \u2192 Settings \u2192 Responses if that was not intended.",
  platformAudienceByHand:
    "Who may answer cannot be fully read by a script: open the form link in a private (incognito) window to make sure people without a Google account can answer.",
  platformCleanup:
    "The test form \u201c{title}\u201d is unlinked and closed; delete it from your Google Drive. Its test tab is deleted.",
  platformNeverRun: "The platform self-test has never been run (menu BerAKHLAK \u2192 Platform self-test).",
  platformLastOk: "Last platform self-test ({date}): no problem",
  platformLastBad: "Last platform self-test ({date}): {text}",
  healthUpgradeV2:
    "A new version was installed ({date}). What changed: reminders now go out from the first hourly run at or after jam_pengingat (no longer from a daily trigger), and the form asks for the NIP in four groups as on the staff card. Run Set up survey once so that the old daily trigger is removed and the form updated.",
  healthNewScopes:
    "This version needs new permissions: {scopes}. The triggers owned by {owner} fail until {owner} opens the BerAKHLAK menu and approves them.",
  scopesMailSubject: "BerAKHLAK survey: the new version needs your approval",
  scopesMailBody:
    "The new version of the BerAKHLAK survey script needs more permissions:\n{scopes}\n\nThe survey's triggers run as you and fail until you open the spreadsheet, choose BerAKHLAK \u2192 Set up survey, and approve them.",
  healthRunsOk: "Last hourly run: {time}; {count} runs recorded, none missed",
  healthRunsMissed:
    "The hourly run was missed {missed} times among {count} recorded runs (longest gap {gap} minutes). Google sometimes delays or skips triggers; nothing is lost, that day's reminders go out at the next run.",
  healthRunsStale:
    "No hourly run seen since {time}. Check the triggers: run Set up survey (as the triggers' owner).",
  healthTriggersMissing: "missing: {names}",
  healthTriggersExtra: "duplicated: {names}",
  healthTriggersOther: "installed by {owner}; not visible from this account",
  healthTriggersNone: "not installed",
  healthSettingsOk: "Settings are valid",
  healthSettingsBad: "Settings: {count} problems",
  healthUnitsOk: "Units are valid ({count} active)",
  healthUnitsBad: "Units: {count} problems",
  healthQuota: "Email quota left today: {count}",
  healthPending: "Responses not yet processed: {count}",
  healthCapacity:
    "Spreadsheet capacity: {used} of Google's 10,000,000 cells ({pct}%); about {fits} more responses fit at today's tab widths.",
  healthCapacityWarn:
    "The spreadsheet is nearly full: {used} of Google's 10,000,000 cells ({pct}%); about {fits} more responses fit. Free space now: delete tabs no one uses, and empty rows and columns in tabs you made (Google counts every cell, empty ones too). Do not delete the responses tabs, Skor or the product's hidden tabs.",
  healthCapacityFull:
    "The spreadsheet is full: {used} of Google's 10,000,000 cells. The form still accepts responses but they do not reach the Sheet, so they are not counted; what was counted is safe. Free space: delete tabs no one uses, and empty rows and columns in tabs you made. Responses already in the Sheet are counted by the next hourly run; those only in the form do not come in by themselves (see the README, capacity).",
  healthSources: "Responses tabs counted: {tabs}",
  healthLastValid:
    "Settings or Units are invalid right now: processing, the dashboard and reminders keep to the last valid version ({time}) until the problems below are fixed.",
  healthSourcesNote:
    "A response found in several tabs (Forms copies them when a form is linked again) counts once; to delete a response, delete it in every tab that holds it.",
  setupSources:
    "Earlier responses tabs keep counting: {tabs}. A response found in several tabs counts once; to delete a response, delete it in every tab that holds it.",
  sourceLive: "{name} (live, {count} responses)",
  sourceOld: "{name} (earlier form, {count} responses)",
  sourceUnreadable:
    "{name} (earlier form, {count} responses; its questions are no longer recognised, not counted)",
  healthNipDamaged:
    "The NIP column holds numbers (digits lost) in {count} responses; duplicates are not decided on damaged NIPs.",
  healthLastError: "Last error: {time} \u2014 {message}",
  healthNoError: "No error recorded",
  healthRecompute: "A recompute is under way: {done} of {total} responses; it continues by itself",
  healthInvalid: "Invalid responses (kept, counted nowhere): {count} \u2014 {reasons}",
  healthProblemsHeader: "Problems to fix",
  predikatA: "Sehat (healthy)",
  predikatB: "Cukup Sehat (fairly healthy)",
  predikatC: "Tidak Sehat (unhealthy)",
  predikatD: "Sangat Tidak Sehat (very unhealthy)",
  hiddenMark: "n < {min}",
  hiddenProtect: "withheld",
  hiddenProtectNote:
    "Withheld to protect another group: if shown, the scores of a group of fewer than {min} people could be worked out from the differences between figures, including differences from the previous release.",
  hiddenWaitNote:
    "Withheld: together with other figures of this release or of the earlier score releases, showing this group would reveal the scores of fewer than {min} people.",
  hiddenBoundedNote:
    "Withheld: every member of this small group (fewer than {twice} people) answered at the end of the scale, so this score would show each person's answers.",
  hiddenLegend:
    "n < {min}: fewer than {min} responses, scores not shown. withheld: scores held back so that another small group's cannot be worked out by subtraction.",
  groupBlank: "Not answered",
  menuPublish: "Publish results",
  publishTitle: "Publish results",
  publishDone:
    "Release {n} is published in the Hasil tab: {responses} valid responses. Scores of {shown} of {units} units are shown; {hidden} groups are withheld.\n\nShare the contents of the Hasil tab (a copy or a PDF), never this spreadsheet: anyone who can open it sees the raw answers.",
  publishRefused:
    "This score release cannot be published. Together with the earlier score releases (the last is release {n}, {date}), figures that must stay shown would reveal the scores of fewer than {min} people:\n\n{groups}\n\nIt can be published once the changes since the earlier score release (responses added, deleted or corrected) involve at least {min} respondents. Until then the earlier score release stands; nothing needs to be withdrawn.",
  publishWaiting:
    "Withheld (together with other figures of this release or of the earlier score releases, showing them would reveal the scores of fewer than {min} people):\n{groups}",
  publishConflictMore: "\u2022 \u2026 and {n} more groups",
  publishConflictLeak:
    "\u2022 {group}: the scores of {changed} respondents could be worked out from the differences between figures",
  publishConflictUnchecked:
    "\u2022 {group}: the check against every earlier score release did not finish within its work limit, so it is withheld to be safe",
  publishParticipationDone:
    "Release {n} (participation) is published in the Hasil tab: {responses} valid responses from {units} units, against each one's quota.\n\nScores are published once, after the survey closes ({end}), so that nobody's scores can be worked out from the differences between releases. Until then the Hasil tab and the leadership report carry participation only.\n\nShare the contents of the Hasil tab (a copy or a PDF), never this spreadsheet: anyone who can open it sees the raw answers.",
  publishFull:
    "This campaign already has {max} score releases, the most kept for the check between releases. Release {n} stands; no new score release was made.",
  resultsScoresLater: "after the survey closes",
  resultsSubtitleParticipation:
    "Release {n} (participation), published {date}: {responses} valid responses, answers up to {last}. Scores are published once, after the survey closes ({end}).",
  reportScoresLater:
    "This release carries participation only. The index scores are published once, after the survey closes ({end}), so that nobody's scores can be worked out from the differences between releases.",
  publishNothing: "No valid responses yet: there is nothing to publish.",
  publishRecomputing: "A recompute is running. Publish the results when it has finished.",
  publishSkorRebuilt:
    "The Skor tab differs from the responses counted (cells were edited by hand). Skor was rebuilt from the raw responses, and this release is computed from it.",
  publishSkorRebuilding:
    "The Skor tab differs from the responses counted (cells were edited by hand). Skor is being rebuilt from the raw responses and carries on by itself; publish the results again when it has finished. The last release stands.",
  publishMembersLost:
    "The record of the last release (the hidden tab \u201cRilis Terakhir\u201d) was deleted, so a new release cannot be compared with release {n}. Start a new series of releases?\n\nAnyone who kept the old release can compare it with the new one. Choose YES only if the old release was never shared outside the survey team.",
  tableAll: "Institution",
  colReleaseKey: "response (time and scores)",
  colReleaseShown: "groups shown",
  tableUnits: "Work unit",
  resultsTitle: "BerAKHLAK Index Survey {tahun} results \u2014 {instansi}",
  resultsSubtitle: "Release {n}, published {date}: {responses} valid responses, answers up to {last}.",
  resultsColTable: "Table",
  resultsColGroup: "Group",
  resultsColName: "Name",
  resultsColN: "Responses",
  resultsColQuota: "Quota",
  resultsColAchievement: "Achievement",
  resultsColIndex: "BerAKHLAK index",
  resultsColPredikat: "Predikat",
  resultsColEb: "EB index",
  healthReleaseNone: "No release of the results yet (menu Publish results)",
  healthRelease: "Last release of the results: number {n}, {date}, {responses} responses",
  healthMembersLost:
    "The record of the last release was deleted: the next release asks for confirmation (menu Publish results)",
  healthFinalDone: "The campaign's final release was made {date}",
  healthFinalRefused: "The campaign's final release could not be made yet ({date}): {reason}",
  healthWeeklyMaxMigrated:
    "maks_pengingat {from} (a campaign total) became maks_pengingat_per_minggu {to} on {date}: units under quota are now reminded until the end of the period, at most {to} times a week. Change it in Pengaturan if needed.",
  healthMinGroupRaised:
    "ukuran_kelompok_minimum was raised from {from} to {to} on {date} (3 at least): groups under {to} are not shown",
  formPrivacyNoNip:
    "What is collected: {fields} and your answers. This form does not ask for your name, email or NIP, so your answers are anonymous. Only the survey team of {instansi} can see the raw answers. Published results are combined figures and never show the scores of a group of fewer than {min} people.",
  formPrivacyNip:
    "What is collected: {fields}, your NIP and your answers. The NIP is only used to recognise repeat submissions, so this survey is not anonymous to the survey team of {instansi}, the only people who can see the raw answers. Published results are combined figures and never show a NIP or the scores of a group of fewer than {min} people.",
  formFieldUnit: "work unit",
  formFieldEmployment: "employment type",
  formFieldPosition: "position type",
  dimEmployment: "Employment type",
  dimPosition: "Position type",
  dashSubtitle: "{instansi} \u2022 period {start} to {end}",
  dashDaysLeft: "Days left",
  dashUpdated: "Updated",
  dashResponses: "Valid respondents",
  dashTotalQuota: "Total quota",
  dashAchievement: "Achievement",
  dashUnitsAtQuota: "Units at quota",
  dashIndex: "BerAKHLAK index",
  dashPredikat: "Category",
  dashEb: "Employer branding index",
  dashValue: "Value",
  dashScore: "Score",
  dashNote: "Note",
  dashChange: "Change since {year}",
  dashWeakest: "weakest",
  dashUnitsTitle: "Achievement and scores per unit (lowest achievement first)",
  dashGroupsTitle: "By respondent group",
  dashColCode: "Code",
  dashColUnit: "Work unit",
  dashColHeadcount: "Staff",
  dashColQuota: "Quota",
  dashColResponses: "Valid responses",
  dashColAchievement: "Achievement",
  dashColStatus: "Status",
  dashColIndex: "Index",
  dashColPredikat: "Category",
  dashColChange: "\u0394 index",
  dashColDimension: "Dimension",
  dashColGroup: "Group",
  dashColN: "n",
  dashChartValues: "The institution's BerAKHLAK value scores",
  dashChartAchievement: "Quota achievement per unit",
  statusTercapai: "reached",
  statusMendekati: "close",
  statusKurang: "below",
  statusBelumAda: "none yet",
  statusTanpaKuota: "no quota",
  dashRefreshed: "Dashboard refreshed.",
  reminderSubject: "BerAKHLAK survey reminder: {unit} has {jumlah} of {kuota} respondents",
  reminderBody:
    "So far {unit} has sent {jumlah} of its quota of {kuota} respondents ({persen}). {kurang} more are needed within {sisa_hari} days, by {batas_waktu}.\n\nPlease forward the survey link below to the staff of your unit; the unit is already selected. Thank you for your support.",
  openingSubject: "The BerAKHLAK Index Survey is open: the link for {unit}",
  openingBody:
    "The BerAKHLAK Index Survey of {instansi} is open until {batas_waktu}. {unit} is asked to send at least {kuota} respondents. Answering takes about 10 minutes, and the unit is already selected in the link below.\n\nPlease forward the link to the staff of your unit, for example with the WhatsApp text below. Thank you for your support.",
  closingSubject: "BerAKHLAK survey closes in {sisa_hari} days: {unit} has {jumlah} of {kuota} respondents",
  closingBody:
    "The BerAKHLAK Index Survey closes on {batas_waktu}, in {sisa_hari} days. {unit} has sent {jumlah} of its quota of {kuota} respondents ({persen}); {kurang} more are needed.\n\nPlease forward the link below to the staff who have not answered yet, before the survey closes. Thank you for your support.",
  escalationSubject: "Copied to {tembusan}: {unit} at {persen} of its BerAKHLAK survey quota",
  escalationBody:
    "So far {unit} has sent {jumlah} of its quota of {kuota} respondents ({persen}) to the BerAKHLAK Index Survey, {alasan}. As the survey campaign provides, this letter is therefore copied to {tembusan} ({email_tembusan}), who can help encourage participation.\n\n{kurang} more are needed by {batas_waktu} ({sisa_hari} days left). Please forward the link below to the staff of your unit; the unit is already selected.",
  escalationReasonReminders: "still below {ambang} after several reminders",
  escalationReasonDays: "with the survey closing in {sisa_hari} days",
  thanksSubject: "Thank you: {unit} has reached its BerAKHLAK survey quota",
  thanksBody:
    "{unit} has sent {jumlah} respondents and reached its quota ({kuota}). Thank you for your support and that of all the staff of {unit}.\n\nThe survey stays open until {batas_waktu}; staff who have not answered can still take part with the link below.",
  letterSalutation: "Dear {kepala},",
  letterSalutationAddressed: "Dear {kepala},",
  letterSalutationNoName: "Dear Head of {unit},",
  letterClosing: "Yours sincerely,",
  letterLinkLabel: "The survey link for the staff of {unit}:",
  letterLinkShort: "survey link",
  letterButton: "Open the survey form for {unit}",
  letterWhatsappLabel: "Ready-to-forward WhatsApp text:",
  letterPosterLabel: "The unit's A4 poster to print and put up, with the form's QR code:",
  letterPosterLink: "open the poster",
  boardOverall: "{persen} of the respondent quota; {reached} of {units} units at quota",
  boardDaysLeft: "The survey closes on {date}: {days} days left.",
  boardClosed: "The survey closed on {date}. Thank you for taking part.",
  boardRanking: "Units ranked",
  boardUpdated: "Updated {time}.",
  boardCountsOnly: "This board shows respondent counts only, never a score.",
  boardBack: "\u2190 Progress board",
  boardUnitProgress: "respondents of the quota ({persen})",
  boardOpenForm: "Fill in the survey now",
  boardPrintHint: "Print this page for your unit's A4 poster.",
  boardUnknownUnit: "The unit \u201c{unit}\u201d is not on this board.",
  boardNotReady: "The board is not ready: the survey is not set up in this spreadsheet (menu Set up survey).",
  posterScan: "Scan the QR code to fill in the survey",
  posterDeadline: "By {date}",
  posterMinutes: "\u00b110 minutes",
  posterQrLabel: "QR code of the survey form for {unit}",
  posterQrTooLong:
    "This unit's link is too long for a QR code (its name is very long). Fill in the Tautan Pendek column of the Unit Kerja tab, then open the campaign kit again: its QR code holds that short link.",
  posterWhole: "All staff",
  kitTitle: "Campaign kit",
  kitIntro:
    "An A4 poster per unit and one for the whole institution: print (Ctrl+P) or save as PDF; one poster per page. Each QR code holds the form link with the unit already chosen.",
  kitPrompt:
    "There are {count} units. Write the codes of the units whose posters to make, separated by commas (at most {max}), or leave it empty for the first {max}.",
  kitUnknown: "Unknown unit codes: {codes}.",
  kitBoard: "Progress board: {url}",
  kitPrint: "Print",
  menuKit: "Campaign kit",
  suggestBP1:
    "Have the unit ask service users what they need, e.g. a short survey or a suggestion box, and discuss the results monthly.",
  suggestBP2:
    "Set response-time standards for questions and complaints, and train front-line staff to solve problems on the spot.",
  suggestBP3: "Pick one service process each quarter to simplify, and tell staff and users what improved.",
  suggestAK1: "Make work targets and deadlines visible to the team, and review progress together regularly.",
  suggestAK2:
    "Record the use of state assets and budget openly in the unit, and share examples of savings that worked.",
  suggestAK3:
    "Explain the limits of each position's authority and the channels for reporting misconduct, and protect those who report.",
  suggestKO1:
    "Schedule learning time, e.g. one hour a week, and keep track of the training each staff member takes.",
  suggestKO2: "Hold short knowledge-sharing sessions among staff and pair new staff with a mentor.",
  suggestKO3:
    "Agree on quality measures for the unit's main work and check them together before results are handed over.",
  suggestHA1: "Make sure everyone gets to speak in meetings, and call out any belittling of anyone.",
  suggestHA2:
    "Make helping each other the norm when workloads pile up, e.g. a help rota or temporary task sharing.",
  suggestHA3: "Ask about the working atmosphere regularly and act on the problem mentioned most.",
  suggestLO1:
    "Link the unit's work to Pancasila and the state's mission in assemblies or meetings, with concrete examples.",
  suggestLO2:
    "Agree to raise criticism through official channels, not on social media, with leaders setting the example.",
  suggestLO3:
    "Remind staff of the rules on confidential data and documents, and check how files are stored and shared.",
  suggestAD1:
    "Explain the reasons for each change of policy or system early, and support staff through the transition.",
  suggestAD2: "Open a channel for staff's innovation ideas and pilot one small idea each quarter.",
  suggestAD3:
    "Encourage staff to propose solutions before problems grow, and recognise that initiative in front of the team.",
  suggestKL1:
    "Involve other units and stakeholders from the planning of an activity, not only in carrying it out.",
  suggestKL2: "Form cross-division teams for shared work, with a clear goal and clear roles.",
  suggestKL3:
    "Map the resources units can share, such as rooms, equipment and data, and agree how to use them.",
  behTab: "Behaviours",
  behTitle: "BerAKHLAK behaviours: what to strengthen",
  behSubtitle: "{instansi} \u2022 updated {time} \u2022 scores 0\u2013100 per behaviour",
  behNote:
    "The institution's three weakest behaviours and each unit's weakest are marked. The actions are suggestions from this tool, not rules; adapt them to the unit. Scores of groups under {min} respondents are not shown.",
  behInstansi: "Institution",
  behColValue: "Value",
  behColCode: "Code",
  behColBehaviour: "Behaviour",
  behColScore: "Score",
  behColMark: "Mark",
  behColSuggestion: "Suggested action",
  behColUnit: "Unit",
  behColN: "n",
  behColWeakest: "Weakest behaviour",
  behWeakest: "weakest",
  behUnitsTitle: "Per unit: each behaviour's score",
  menuReport: "Leadership report",
  reportTitle: "Leadership report: BerAKHLAK Index Survey {tahun}",
  reportPeriod: "Survey period {period}",
  reportRelease: "Based on results release {n}, published {date}",
  reportDate: "Prepared {date}",
  reportSummary: "Summary",
  reportResponses: "Valid respondents / quota",
  reportParticipation: "Participation per work unit",
  reportValues: "The seven BerAKHLAK values",
  reportBehaviours: "Behaviours to strengthen",
  reportBehavioursIntro:
    "The three behaviours with the lowest scores across the institution, each with a suggested action. These are suggestions, not rules; adapt them to each unit.",
  reportSuggestion: "Suggested action:",
  reportBehavioursNone:
    "Behaviour scores are not available in this release (fewer respondents than the minimum group size, or a release made before the version that records behaviours).",
  reportChange: "Change against the previous year",
  reportChangeNone: "The Riwayat tab holds no earlier year yet.",
  reportChangeIntro: "Against the {year} results in the Riwayat tab (valid rows only).",
  reportMethod: "Method and the anonymity rule",
  reportMethodText:
    "Each respondent rates how often the 21 BerAKHLAK behaviours are practised in their work unit on a {points}-point scale. Item score = (answer \u2212 1) / (points \u2212 1) \u00d7 100; a value's score is the mean of its three behaviours; the BerAKHLAK index is the mean of the seven values. A group's scores are over all its valid responses (not a mean of unit means). This is a self-administered survey with this tool's own frequency instrument, not the national survey instrument of the ministry.",
  reportAnonymity:
    "Scores of a group with fewer than {min} respondents are never shown, and other groups are hidden too when a small group's scores could be worked out by subtraction. Between releases, a group that changed by fewer than {min} people is withheld. Only the survey team can see the raw answers.",
  reportPrintHint: "Print or save as PDF (A4 paper).",
  reportNoRelease:
    "No results release yet. Run Publish results first; the report is always made of the latest release, never of live data.",
  reportHasilLost: "The latest release's Hasil tab is missing. Run Publish results again.",
  tableBehaviours: "Behaviours (institution)",
  digestSubject: "Weekly BerAKHLAK survey digest, {instansi}: {total} of {quota} respondents ({persen})",
  digestSalutation: "Dear Sir or Madam,",
  digestOverall:
    "As of {tanggal}: {total} of a quota of {quota} respondents ({persen}); {reached} of {units} units at quota; the survey closes on {batas_waktu} ({sisa_hari} days left).",
  digestChange: "{diff} more respondents since the digest of {date}.",
  digestFirst: "This is the first weekly digest.",
  digestBehind: "The units furthest behind (with their heads):",
  digestNoneBehind: "Every unit has reached its quota.",
  digestRanking: "Units ranked (quota achievement, change since the last digest):",
  digestMore: "… {count} more units …",
  digestCountsOnly: "This digest holds counts only; scores are published after the survey closes.",
  digestBoard: "The progress board (updated every 15 minutes): {url}",
  digestColRank: "No.",
  digestColUnit: "Unit",
  digestColResponses: "Respondents",
  digestColChange: "Change",
  endSubject: "The BerAKHLAK survey of {instansi} has ended",
  endBody:
    "The survey period ended on {date}.\n\n{form}. No more letters go to heads of units.\nRespondents: {total} of a quota of {quota} ({persen}); {reached} of {units} units reached their quota.\nFinal release: {release}\n\nFor next year's survey: make a copy of this spreadsheet, carry this year's results into the Riwayat tab, then run Set up survey (the README has the steps).",
  endFormClosed: "The form is closed",
  endFormOpen: "The form stays open (tutup_formulir_setelah_selesai = no)",
  endReleaseDone: "made (the Hasil tab).",
  endReleaseRefused: "not possible yet: {reason}",
  endReleaseNone: "not made yet; run Publish results.",
  endLog: "campaign ended {date}: {form}; reminders stopped; admin told",
  formClosedMessage: "This survey closed on {date}. Thank you for taking part.",
  healthUnitsNoLink:
    "Units the form does not offer yet get no letters (they have no link yet): {units}. Run Update form.",
  andMore: "\u2026 and {count} more",
  endReopened:
    "tanggal_selesai moved to {date}: the form closed at the campaign's end is open again, and reminders go on until then",
  endExtended: "tanggal_selesai moved to {date}: the campaign goes on until then",
  healthEnded:
    "The campaign ended {date}: {form}; no more letters go out. Next: the Hasil tab holds the score release (the leadership report is for leadership), and next year's survey starts in a copy of this spreadsheet (see Help).",
  digestLog: "weekly digest for leadership",
  reminderWhatsapp:
    "Colleagues at {unit}, please take about 10 minutes to fill in the BerAKHLAK Index Survey before {batas_waktu}: {tautan}",
  reminderProgress: "{jumlah} of {kuota} respondents ({persen})",
  reminderWhatsappButton: "Forward on WhatsApp",
  summarySubject: "BerAKHLAK survey reminder summary {tanggal}",
  summaryBody:
    "Reminders today: {sent} sent, {postponed} postponed (email quota used up), {skipped} skipped.\n\n{lines}",
  skipOutsidePeriod: "outside the survey period",
  skipNonWorkingDay: "not a working day",
  skipAtQuota: "quota reached",
  skipNoQuota: "unit without a quota",
  skipNoEmail: "no valid head email",
  skipNotInForm: "unit not in the form yet: run Update form",
  historyLostConfirm:
    "The hidden tab “Riwayat Pengingat” was deleted, so nobody knows which units were reminded and when. Scheduled reminders are stopped until you confirm. Start a new history now? Each unit under its quota may get one reminder sooner than its gap.",
  healthHistoryLost:
    "The hidden tab “Riwayat Pengingat” was deleted: scheduled reminders are stopped. Run Send reminders now and confirm to start a new history.",
  summaryNotInForm:
    "Units the form does not offer yet got no reminder (they have no link yet): {units}. Run Update form.",
  skipGap: "reminded within the minimum gap",
  skipWeeklyMax: "this week's reminders used up",
  skipAlreadyToday: "already reminded today",
  postponedQuota: "daily email quota used up; goes first next run",
  uncertainSend:
    "not known whether sent: the previous run stopped between the send and its record; not repeated today",
  recoveredSend: "sent by a run that stopped before recording it",
  logNonWorkingDay: "{date} is not a working day: no letters",
  logBeforeStart: "the survey has not started (starts {date}): no letters",
  missedDay:
    "reminders of {date} not sent: no hourly run came after the reminder hour that day (Google's trigger did not run); not made up later",
  sendFailed: "could not be sent: {message}",
  colLogTime: "time",
  colLogUnit: "unit",
  colLogRecipients: "recipients",
  colLogKind: "kind",
  colLogCount: "responses",
  colLogQuota: "quota",
  colLogOutcome: "outcome",
  colLogWhy: "why",
  previewTitle: "Preview reminders",
  previewIntro: "No email was sent. If sent now: {send} units get a reminder, {skip} are skipped.",
  previewSubject: "Subject",
  previewTo: "To",
  previewCc: "Cc",
  sendNowTitle: "Send reminders now",
  sendNowBusy:
    "Letters are being sent by another run (the scheduled one, or Send reminders now by a colleague). That run sends today's letters by the same rules and records each in Log Email. No letter goes twice: look at Log Email in a few minutes, or run this menu again afterwards.",
  sendNowDone:
    "{sent} reminders sent, {postponed} postponed, {skipped} skipped. The details are in the Log Email tab.",
  sendNowSkipped: "Skipped:",
  colSkorKey: "response key",
  colSkorTime: "time",
  colSkorUnit: "unit code",
  colSkorStatus: "status",
  colSkorReason: "reason",
  colSkorIndex: "BerAKHLAK index",
  colSkorEb: "EB index",
  colSkorEmployment: "employment type",
  colSkorPosition: "position type",
  colSkorNipHash: "NIP hash",
  colSkorBehaviours: "behaviour answers",
  colHistoryCode: "unit code",
  colHistoryCount: "reminders sent",
  colHistoryLast: "last letter",
  colHistoryPending: "postponed since",
  colHistoryOpened: "opening letter",
  colHistoryThanked: "thank-you",
  colHistoryWeek: "week",
  colHistoryWeekCount: "reminders this week",
  colHistoryLetterDay: "letter on",
  colJournalUnit: "journal: unit code",
  colJournalDay: "day",
  colJournalKind: "kind",
  colJournalState: "state",
  reasonNoUnit: "no work unit given",
  reasonUnknownUnit: "the unit \u201c{unit}\u201d is not in the Unit Kerja tab",
  reasonInactiveUnit: "the unit \u201c{unit}\u201d is not active",
  reasonMissingAnswer: "answer {item} is missing",
  reasonOutOfRange: "answer {item} (\u201c{answer}\u201d) is outside the scale",
  reasonDuplicate: "same NIP as another response; only one counts",
  recomputeTitle: "Recompute scores",
  recomputeColumnsMissing:
    "The recompute did not run: these questions' columns cannot be found in the responses tab: {columns}. Restore their headers as in the form (the item code, e.g. \u201cAK1\u201d, must stay in the header), then run Recompute scores again. Skor and the dashboard are unchanged.",
  recomputeDone:
    "Scores recomputed from {responses} responses: {valid} valid, {invalid} invalid, {duplicates} duplicates.",
  recomputeContinues:
    "The recompute is not finished ({done} of {total} responses) and continues by itself in a few minutes. New responses wait until it ends.",
  recomputeBusy: "Another process is running. Try again in a moment.",
  recomputeAbandoned:
    "Recomputing the scores failed {count} times in a row without progress and was stopped; responses are processed as usual again. Its error is in the Apps Script executions list (Extensions > Apps Script > Executions); fix its cause, then run Recompute scores again.",
  errorMailSubject: "[BerAKHLAK survey] Error in automatic processing",
  errorMailBody:
    "Automatic processing hit an error at {time}:\n\n{message}\n\nOpen the spreadsheet and run Health check.",
};

const TABLES: Record<Lang, Strings> = { id, en };

/** The strings for a language; anything that is not a known language falls back to Indonesian. */
export function strings(lang: string | undefined): Strings {
  return lang === "en" ? TABLES.en : TABLES.id;
}

/** Parses a language setting ("id", "en", case and spaces ignored); undefined when it is neither. */
export function parseLang(value: unknown): Lang | undefined {
  const v = String(value ?? "")
    .trim()
    .toLowerCase();
  return v === "id" || v === "en" ? v : undefined;
}

/** One line of help per setting, shown in the Pengaturan tab's third column. */
export const SETTING_HELP: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  id: {
    bahasa: "Bahasa antarmuka: id (Indonesia) atau en (Inggris). Label formulir tidak ikut berubah.",
    nama_instansi: "Nama instansi, tampil di dasbor dan email.",
    judul_survei: "Judul formulir.",
    deskripsi_survei: "Keterangan di bawah judul formulir (boleh kosong).",
    tahun: "Tahun survei.",
    tanggal_mulai: "Tanggal mulai survei (contoh 02/03/2026). Pengingat hanya dikirim dalam periode.",
    tanggal_selesai: "Batas waktu pengisian (contoh 27/03/2026).",
    skala: "Jumlah pilihan jawaban, 4 sampai 7. Tidak bisa diubah setelah ada jawaban.",
    metode_kuota: "manual, slovin, persen, atau alokasi. Kuota manual di tab Unit Kerja selalu didahulukan.",
    margin_error: "Margin kesalahan untuk slovin, antara 0 dan 0,5 (bawaan 0,05).",
    persen_kuota: "Bagian pegawai untuk metode persen, lebih dari 0 sampai 1 (0,3 = 30%).",
    target_total: "Target responden seluruh instansi untuk metode alokasi.",
    kumpulkan_nip:
      "ya/tidak: tanyakan NIP (18 angka) untuk mengenali pengisian ganda. Disimpan hanya sebagai hash.",
    tanya_jenis_kepegawaian: "ya/tidak: tanyakan PNS / PPPK / Non-ASN.",
    tanya_jenis_jabatan: "ya/tidak: tanyakan Struktural / Fungsional / Pelaksana.",
    kebijakan_duplikat: "terbaru atau pertama: jawaban mana yang dihitung bila NIP sama.",
    ukuran_kelompok_minimum:
      "Skor kelompok dengan responden lebih sedikit dari ini tidak ditampilkan atau diterbitkan (paling kecil 3).",
    ambang_mendekati: "Persen capaian kuota yang dianggap mendekati (bawaan 75).",
    batas_sehat: "Batas bawah predikat Sehat (bawaan 75).",
    batas_cukup_sehat: "Batas bawah predikat Cukup Sehat (bawaan 50).",
    batas_tidak_sehat: "Batas bawah predikat Tidak Sehat (bawaan 25); di bawahnya Sangat Tidak Sehat.",
    jam_pengingat: "Jam pengiriman pengingat harian, 0 sampai 23, zona waktu skrip.",
    jeda_pengingat_hari: "Jarak minimum antarpengingat untuk unit yang sama, dalam hari.",
    maks_pengingat_per_minggu:
      "Pengingat paling banyak per unit dalam satu minggu (Senin–Minggu), 0 sampai 5; 0 = tanpa pengingat. Unit di bawah kuota tetap diingatkan sampai akhir periode.",
    hari_segera_ditutup: "Dalam sekian hari terakhir pengingat berbunyi “segera ditutup” (bawaan 5).",
    ambang_eskalasi:
      "Persen capaian di bawah ini yang bisa dieskalasi (bawaan 50; 0 = tanpa eskalasi). Harus lebih kecil dari ambang_mendekati.",
    eskalasi_setelah:
      "Unit di bawah ambang_eskalasi dieskalasi setelah sekian pengingat (0 = tidak berdasarkan jumlah pengingat).",
    eskalasi_sisa_hari:
      "Atau bila sisa hari sebanyak ini atau kurang (bawaan 5; 0 = tidak berdasarkan sisa hari).",
    email_eskalasi: "Alamat tembusan eskalasi, misalnya kantor Sekda (kosong = tanpa eskalasi).",
    nama_eskalasi: "Siapa pemilik alamat eskalasi, disebut dalam surat eskalasi (contoh Sekretaris Daerah).",
    tutup_formulir_setelah_selesai: "ya/tidak: tutup formulir sesudah tanggal_selesai (bawaan ya).",
    ttd_nama: "Nama penanda tangan surat (boleh kosong).",
    ttd_jabatan: "Jabatan penanda tangan surat.",
    ttd_biro: "Biro atau unit penanda tangan; nama instansi ditulis di bawahnya.",
    ttd_kontak: "Kontak yang bisa dihubungi kepala unit, misalnya telepon atau email (boleh kosong).",
    email_pimpinan:
      "Penerima ringkasan mingguan untuk pimpinan, dipisah koma (kosong = tanpa ringkasan). Berisi jumlah responden saja, tanpa skor.",
    hari_ringkasan_pimpinan: "Hari ringkasan mingguan: senin, selasa, rabu, kamis, atau jumat.",
    alamat_papan:
      "Alamat papan kemajuan publik (aplikasi web) setelah di-deploy, https://script.google.com/…/exec; surat pembukaan dan ringkasan mingguan menautkannya.",
    jam_ringkasan_pimpinan: "Jam ringkasan mingguan, 0 sampai 23, zona waktu skrip.",
    email_admin: "Alamat penerima ringkasan dan laporan galat (kosong = akun yang memasang pemicu).",
    hari_libur: "Tanggal libur, dipisah koma (contoh 19/03/2026, 20/03/2026).",
    subjek_pengingat:
      "Subjek email pengingat (bukan surat pembukaan, eskalasi, atau terima kasih); kosong = teks bawaan. Penanda: {unit}, {jumlah}, {kuota} …",
    isi_pengingat:
      "Isi email pengingat; kosong = teks bawaan. Penanda: {unit}, {kepala}, {jumlah}, {kuota}, {kurang}, {persen}, {sisa_hari}, {batas_waktu}, {tautan}, {whatsapp}.",
    teks_whatsapp: "Teks WhatsApp siap diteruskan; kosong = teks bawaan.",
  },
  en: {
    bahasa: "Interface language: id (Indonesian) or en (English). The form's labels do not change with it.",
    nama_instansi: "The institution's name, shown on the dashboard and in emails.",
    judul_survei: "The form's title.",
    deskripsi_survei: "Text under the form's title (may be empty).",
    tahun: "The survey year.",
    tanggal_mulai: "First day of the survey (e.g. 02/03/2026). Reminders go out only within the period.",
    tanggal_selesai: "Deadline (e.g. 27/03/2026).",
    skala: "Number of answer choices, 4 to 7. Cannot change once responses exist.",
    metode_kuota:
      "manual, slovin, persen (percent) or alokasi (allocate). A manual quota in the units tab always wins.",
    margin_error: "Margin of error for slovin, between 0 and 0.5 (default 0.05).",
    persen_kuota: "Share of staff for the percent method, above 0 up to 1 (0.3 = 30%).",
    target_total: "The whole institution's respondent target for the allocate method.",
    kumpulkan_nip:
      "yes/no: ask for the NIP (18 digits) to recognise repeat submissions. Kept only as a hash.",
    tanya_jenis_kepegawaian: "yes/no: ask PNS / PPPK / Non-ASN.",
    tanya_jenis_jabatan: "yes/no: ask Struktural / Fungsional / Pelaksana.",
    kebijakan_duplikat: "terbaru (latest) or pertama (first): which response counts when the NIP repeats.",
    ukuran_kelompok_minimum:
      "Scores of groups with fewer respondents than this are never shown or published (3 at least).",
    ambang_mendekati: "Quota achievement (percent) counted as close (default 75).",
    batas_sehat: "Lower bound of the Sehat band (default 75).",
    batas_cukup_sehat: "Lower bound of the Cukup Sehat band (default 50).",
    batas_tidak_sehat: "Lower bound of the Tidak Sehat band (default 25); below it Sangat Tidak Sehat.",
    jam_pengingat: "Hour of the daily reminders, 0 to 23, in the script's time zone.",
    jeda_pengingat_hari: "Minimum days between two reminders to the same unit.",
    maks_pengingat_per_minggu:
      "Most reminders per unit in a week (Monday to Sunday), 0 to 5; 0 = no reminders. A unit under quota is reminded until the end of the period.",
    hari_segera_ditutup: "In this many final days a reminder says the survey is closing soon (default 5).",
    ambang_eskalasi:
      "Achievement (percent) below which a unit may be escalated (default 50; 0 = never). Must be below ambang_mendekati.",
    eskalasi_setelah:
      "A unit below ambang_eskalasi is escalated after this many reminders (0 = not by the number of reminders).",
    eskalasi_sisa_hari: "Or when this many days or fewer are left (default 5; 0 = not by days left).",
    email_eskalasi: "Escalation copy address, e.g. the Sekda's office (empty = no escalation).",
    nama_eskalasi: "Who the escalation address is, named in the escalation letter (e.g. Sekretaris Daerah).",
    tutup_formulir_setelah_selesai: "yes/no: close the form after tanggal_selesai (default yes).",
    ttd_nama: "The name signing the letters (may be empty).",
    ttd_jabatan: "The signer's position.",
    ttd_biro: "The signer's bureau or unit; the institution's name is written below it.",
    ttd_kontak: "A contact heads of units can use, e.g. a phone number or email (may be empty).",
    email_pimpinan:
      "Recipients of the weekly leadership digest, separated by commas (empty = no digest). Counts only, never scores.",
    hari_ringkasan_pimpinan: "The digest's day: senin, selasa, rabu, kamis or jumat (Monday to Friday).",
    alamat_papan:
      "The public progress board's address (the web app) once deployed, https://script.google.com/…/exec; the opening letter and the weekly digest link it.",
    jam_ringkasan_pimpinan: "The digest's hour, 0 to 23, in the script's time zone.",
    email_admin:
      "Who gets run summaries and error reports (empty = the account that installed the triggers).",
    hari_libur: "Holidays, separated by commas (e.g. 19/03/2026, 20/03/2026).",
    subjek_pengingat:
      "Reminder subject (not the opening, escalation or thank-you letter); empty = the default text. Placeholders: {unit}, {jumlah}, {kuota} …",
    isi_pengingat:
      "Reminder body; empty = the default text. Placeholders: {unit}, {kepala}, {jumlah}, {kuota}, {kurang}, {persen}, {sisa_hari}, {batas_waktu}, {tautan}, {whatsapp}.",
    teks_whatsapp: "Ready-to-forward WhatsApp text; empty = the default text.",
  },
};
