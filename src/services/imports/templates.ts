// The three templates: their header row (the column names detectHeader knows) and one example row.
// Column names are the file format, the same in every language; the notes sheet is translated.
import type { ImportKind } from "../../generated/prisma/enums.ts";

export const TEMPLATE_FILES: Record<ImportKind, string> = {
  COOPS: "templat-koperasi.xlsx",
  STAFF: "templat-pendamping.xlsx",
  ASSIGNMENTS: "templat-penugasan.xlsx",
};

export const TEMPLATES: Record<ImportKind, { headers: string[]; example: string[] }> = {
  COOPS: {
    headers: [
      "Nama Koperasi",
      "Nomor Badan Hukum (AHU)",
      "Kode Desa",
      "Desa/Kelurahan",
      "Kecamatan",
      "Kabupaten/Kota",
      "Nama Ketua",
      "HP Ketua",
      "Unit Usaha",
      "Tanggal Kantor",
      "Tanggal Rekening",
      "Tanggal SIMKOPDES",
      "Tanggal Rencana Usaha",
      "Tanggal Lahan Gerai",
      "Tanggal Gerai Selesai",
    ],
    example: [
      "Koperasi Desa Merah Putih Durian",
      "AHU-0012345.AH.01.29.TAHUN 2025",
      "61.12.03.2007",
      "Durian",
      "Sungai Ambawang",
      "Kubu Raya",
      "Siti Aminah",
      "081234567890",
      "Gerai Sembako, Simpan Pinjam",
      "2025-09-01",
      "2025-09-15",
      "",
      "",
      "",
      "",
    ],
  },
  STAFF: {
    headers: ["Nama", "No HP", "Peran", "Kode Wilayah", "Kabupaten/Kota", "Provinsi"],
    example: ["Budi Santoso", "081298765432", "BA", "61.12", "Kubu Raya", "Kalimantan Barat"],
  },
  ASSIGNMENTS: {
    headers: ["HP BA", "Nama BA", "Nomor Badan Hukum (AHU)", "Kode Desa", "Nama Koperasi"],
    example: [
      "081298765432",
      "Budi Santoso",
      "AHU-0012345.AH.01.29.TAHUN 2025",
      "61.12.03.2007",
      "Koperasi Desa Merah Putih Durian",
    ],
  },
};
