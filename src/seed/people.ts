// The demo people and cooperatives (data only; src/seed/demo.ts writes them). Real Kemendagri
// village codes: 16 coops in Kabupaten Kubu Raya (61.12, Kalimantan Barat, WIB) over six
// kecamatan and 4 in Kabupaten Bulungan (65.01, Kalimantan Utara, WITA). Telegram ids are fixed:
// 51000000xx for pengurus (in the order below: append, never reorder), 52000000xx for staff.
// The simulator's personas (src/simulator/launch.ts) are some of these people.
import type {
  BusinessUnit,
  HelpCategory,
  HelpStatus,
  Position,
  ReportStatus,
  Role,
} from "../generated/prisma/enums.ts";

export interface StaffSpec {
  key: "rina" | "dedi" | "hendra" | "maria" | "admin";
  telegramId: bigint;
  fullName: string;
  tgFirstName: string;
  username: string;
  role: Role;
  regencyCode?: string;
  provinceCode?: string;
}

export const KUBU_RAYA = "61.12";

export const STAFF: StaffSpec[] = [
  {
    key: "rina",
    telegramId: 5_200_000_001n,
    fullName: "Rina Marlina",
    tgFirstName: "Rina",
    username: "rina_ba",
    role: "BA",
    regencyCode: KUBU_RAYA,
    provinceCode: "61",
  },
  {
    key: "dedi",
    telegramId: 5_200_000_002n,
    fullName: "Dedi Kurniawan",
    tgFirstName: "Dedi",
    username: "dedi_ba",
    role: "BA",
    regencyCode: KUBU_RAYA,
    provinceCode: "61",
  },
  {
    key: "hendra",
    telegramId: 5_200_000_003n,
    fullName: "Hendra Gunawan",
    tgFirstName: "Hendra",
    username: "hendra_pmo",
    role: "PMO",
    regencyCode: KUBU_RAYA,
    provinceCode: "61",
  },
  {
    key: "maria",
    telegramId: 5_200_000_004n,
    fullName: "Maria Ulfa",
    tgFirstName: "Maria",
    username: "maria_dinas",
    role: "DINAS",
    provinceCode: "61",
  },
  {
    key: "admin",
    telegramId: 5_200_000_005n,
    fullName: "Andi Pratama",
    tgFirstName: "Andi",
    username: "andi_admin",
    role: "ADMIN",
  },
];

/** Report plan for [two months ago, last month]; null = no report. */
export type ReportPlan = [ReportStatus | null, ReportStatus | null];

export interface CoopSpec {
  villageCode: string;
  units: BusinessUnit[];
  /** AHU number; none = "belum ada" */
  ahu?: string;
  ba?: "rina" | "dedi";
  /** first = ketua */
  board: Array<[fullName: string, position: Position]>;
  reports: ReportPlan;
  /** readiness checklist progress, 0 (just registered) … 5 (financed, building a warehouse) */
  ready: number;
  /** units registered but not operating yet ("<group>.aktif" = 0 in reports) */
  off?: BusinessUnit[];
  /** what the reviewer flagged and said when a report is RETURNED */
  returned?: { fields: string[]; comment: string };
  /** registered a few days ago (no reports yet) */
  recent?: boolean;
}

const ahu = (n: number) => `AHU-00${n}.AH.01.29.TAHUN 2025`;

export const COOPS: CoopSpec[] = [
  // Kubu Raya — BA Rina Marlina
  {
    villageCode: "61.12.01.2016", // Sungai Raya Dalam, Kec. Sungai Raya
    units: ["KANTOR", "GERAI_SEMBAKO", "SIMPAN_PINJAM"],
    ahu: ahu(31201),
    ba: "rina",
    board: [
      ["Budi Santoso", "KETUA"],
      ["Wati Lestari", "BENDAHARA"],
      ["Hasan Basri", "SEKRETARIS"],
    ],
    reports: ["ACCEPTED", null],
    ready: 3,
  },
  {
    villageCode: "61.12.03.2004", // Lingga, Kec. Sungai Ambawang
    units: ["KANTOR", "GERAI_SEMBAKO", "APOTEK"],
    ahu: ahu(31202),
    ba: "rina",
    board: [
      ["Siti Aminah", "KETUA"],
      ["Yohana Lidia", "BENDAHARA"],
    ],
    reports: ["ACCEPTED", "RETURNED"],
    ready: 2,
    returned: {
      fields: ["apotek.omzet"],
      comment:
        "Omzet apotek naik hampir dua kali lipat dari bulan lalu. Mohon dicek lagi, apakah sudah termasuk penjualan ke puskesmas?",
    },
  },
  {
    villageCode: "61.12.01.2003", // Arang Limbung
    units: ["KANTOR", "GERAI_SEMBAKO", "SIMPAN_PINJAM", "KLINIK"],
    ahu: ahu(31203),
    ba: "rina",
    board: [
      ["Ahmad Fauzi", "KETUA"],
      ["Nurhayati", "SEKRETARIS"],
      ["Rudi Hartono", "BENDAHARA"],
      ["Sri Wahyuni", "PENGAWAS"],
    ],
    reports: ["ACCEPTED", "SUBMITTED"],
    ready: 4,
  },
  {
    villageCode: "61.12.01.2011",
    units: ["KANTOR", "GERAI_SEMBAKO"],
    ba: "rina",
    board: [["Slamet Riyadi", "KETUA"]],
    reports: ["ACCEPTED", "SUBMITTED"],
    ready: 1,
  }, // Limbung
  {
    villageCode: "61.12.01.2002", // Sungai Ambangah
    units: ["GERAI_SEMBAKO", "COLD_STORAGE"],
    ahu: ahu(31205),
    ba: "rina",
    board: [
      ["Darmawan", "KETUA"],
      ["Rosmini", "BENDAHARA"],
    ],
    reports: ["ACCEPTED", "ACCEPTED"],
    ready: 4,
  },
  {
    villageCode: "61.12.03.2005", // Sungai Ambawang Kuala
    units: ["GERAI_SEMBAKO", "SIMPAN_PINJAM"],
    ahu: ahu(31206),
    ba: "rina",
    board: [
      ["Junaidi", "KETUA"],
      ["Fitriani", "SEKRETARIS"],
    ],
    reports: ["SUBMITTED", "DRAFT"],
    ready: 2,
  },
  {
    villageCode: "61.12.03.2006", // Jawa Tengah, Kec. Sungai Ambawang
    units: ["KANTOR", "GERAI_SEMBAKO", "SIMPAN_PINJAM", "LOGISTIK"],
    ahu: ahu(31207),
    ba: "rina",
    board: [
      ["Sutrisno", "KETUA"],
      ["Endang Purwanti", "BENDAHARA"],
      ["Agus Salim", "WAKIL_USAHA"],
    ],
    reports: ["ACCEPTED", "ACCEPTED"],
    ready: 5,
  },
  {
    villageCode: "61.12.07.2001", // Rasau Jaya Umum
    units: ["GERAI_SEMBAKO", "KLINIK", "APOTEK"],
    ahu: ahu(31208),
    ba: "rina",
    board: [
      ["Suparman", "KETUA"],
      ["Tri Wahyuningsih", "BENDAHARA"],
    ],
    reports: ["ACCEPTED", null],
    ready: 3,
    off: ["KLINIK"],
  },
  // Kubu Raya — BA Dedi Kurniawan
  {
    villageCode: "61.12.07.2002",
    units: ["GERAI_SEMBAKO"],
    ba: "dedi",
    board: [["Marsudi", "KETUA"]],
    reports: [null, "DRAFT"],
    ready: 0,
  }, // Rasau Jaya Satu
  {
    villageCode: "61.12.06.2001", // Kubu
    units: ["GERAI_SEMBAKO", "LOGISTIK"],
    ahu: ahu(31210),
    ba: "dedi",
    board: [
      ["Syarif Hamid", "KETUA"],
      ["Mahmud", "BENDAHARA"],
    ],
    reports: ["ACCEPTED", "SUBMITTED"],
    ready: 3,
  },
  {
    villageCode: "61.12.06.2002", // Olak-Olak Kubu
    units: ["GERAI_SEMBAKO", "SIMPAN_PINJAM"],
    ahu: ahu(31211),
    ba: "dedi",
    board: [
      ["Abdul Rahman", "KETUA"],
      ["Zainab", "SEKRETARIS"],
    ],
    reports: ["ACCEPTED", "RETURNED"],
    ready: 2,
    returned: {
      fields: ["sp.tunggakan"],
      comment:
        "Tunggakan simpan pinjam naik tajam. Mohon diperiksa lagi angkanya dan jelaskan penyebabnya di bagian kendala.",
    },
  },
  {
    villageCode: "61.12.09.2001", // Sungai Kakap
    units: ["KANTOR", "GERAI_SEMBAKO", "SIMPAN_PINJAM", "COLD_STORAGE"],
    ahu: ahu(31212),
    ba: "dedi",
    board: [
      ["Hendri Wijaya", "KETUA"],
      ["Lim Mei Ling", "BENDAHARA"],
      ["Bambang Sugiarto", "SEKRETARIS"],
    ],
    reports: ["ACCEPTED", "ACCEPTED"],
    ready: 4,
  },
  {
    villageCode: "61.12.09.2003",
    units: ["GERAI_SEMBAKO"],
    ahu: ahu(31213),
    ba: "dedi",
    board: [["Usman", "KETUA"]],
    reports: ["ACCEPTED", "DRAFT"],
    ready: 1,
  }, // Jeruju Besar
  {
    villageCode: "61.12.09.2010", // Punggur Besar
    units: ["GERAI_SEMBAKO", "SIMPAN_PINJAM"],
    ba: "dedi",
    board: [
      ["Ismail Marzuki", "KETUA"],
      ["Halimah", "BENDAHARA"],
    ],
    reports: ["ACCEPTED", "SUBMITTED"],
    ready: 2,
  },
  // Kubu Raya — not assigned to a BA yet (the PMO can assign them)
  {
    villageCode: "61.12.02.2001",
    units: ["GERAI_SEMBAKO"],
    board: [
      ["Antonius Ajun", "KETUA"],
      ["Maria Goreti", "SEKRETARIS"],
    ],
    reports: [null, null],
    ready: 0,
    recent: true,
  }, // Kuala Mandor B
  {
    villageCode: "61.12.02.2006",
    units: ["GERAI_SEMBAKO", "SIMPAN_PINJAM"],
    board: [["Paulus Nyangun", "KETUA"]],
    reports: [null, "SUBMITTED"],
    ready: 1,
  }, // Padi Jaya
  // Bulungan, Kalimantan Utara (WITA) — no BA or PMO there: admins review and help
  {
    villageCode: "65.01.05.1001", // Kelurahan Tanjung Selor Hulu
    units: ["KANTOR", "GERAI_SEMBAKO", "SIMPAN_PINJAM", "LOGISTIK"],
    ahu: ahu(41501),
    board: [
      ["Yohanes Ding", "KETUA"],
      ["Rahmawati", "BENDAHARA"],
      ["Andi Baso", "SEKRETARIS"],
    ],
    reports: ["ACCEPTED", "SUBMITTED"],
    ready: 3,
  },
  {
    villageCode: "65.01.05.2005",
    units: ["GERAI_SEMBAKO", "COLD_STORAGE"],
    ahu: ahu(41502),
    board: [
      ["Wagiman", "KETUA"],
      ["Sumiati", "BENDAHARA"],
    ],
    reports: ["ACCEPTED", "DRAFT"],
    ready: 2,
  }, // Bumi Rahayu
  {
    villageCode: "65.01.01.2006",
    units: ["GERAI_SEMBAKO"],
    board: [["Lukas Ajang", "KETUA"]],
    reports: [null, null],
    ready: 0,
    recent: true,
  }, // Pejalin
  {
    villageCode: "65.01.09.2001",
    units: ["GERAI_SEMBAKO", "SIMPAN_PINJAM"],
    board: [
      ["Muhammad Idris", "KETUA"],
      ["Nurlela", "BENDAHARA"],
    ],
    reports: ["SUBMITTED", null],
    ready: 1,
  }, // Sekatak Buji
];

const FIRST_PENGURUS_ID = 5_100_000_001n;

/** Every pengurus with their fixed Telegram id (in COOPS order). */
export function pengurusList(): Array<{ telegramId: bigint; fullName: string; coop: number; position: Position }> {
  let next = FIRST_PENGURUS_ID;
  return COOPS.flatMap((c, coop) =>
    c.board.map(([fullName, position]) => ({ telegramId: next++, fullName, coop, position })),
  );
}

export interface HelpSpec {
  coop: number;
  category: HelpCategory;
  status: HelpStatus;
  text: string;
  /** hours before the seed's "now" */
  ageHours: number;
  /** replies in the thread: from the helper (true) or the requester (false) */
  thread?: Array<[fromHelper: boolean, text: string]>;
  rating?: number;
}

export const HELP: HelpSpec[] = [
  {
    coop: 0,
    category: "FINANCING",
    status: "OPEN",
    ageHours: 3,
    text: "Bagaimana cara mengajukan pembiayaan dari bank Himbara untuk modal gerai sembako? Dokumen apa saja yang perlu kami siapkan?",
  },
  {
    coop: 2,
    category: "BOOKKEEPING",
    status: "ASSIGNED",
    ageHours: 26,
    text: "Saldo awal kas di SIMKOPDES tidak sama dengan buku kas kami. Bagaimana cara memperbaikinya?",
    thread: [[false, "Selisihnya Rp1.250.000, dari bulan September."]],
  },
  {
    coop: 9,
    category: "LEGAL",
    status: "ANSWERED",
    ageHours: 72,
    text: "Sekretaris kami pindah ke luar desa. Apa yang harus diurus untuk mengganti pengurus?",
    thread: [
      [
        true,
        "Perlu rapat anggota untuk memilih pengganti, lalu akta perubahan dari notaris yang didaftarkan ke AHU. Contoh berita acaranya saya kirim besok.",
      ],
    ],
  },
  {
    coop: 4,
    category: "SIMKOPDES",
    status: "CLOSED",
    ageHours: 240,
    text: "Kami tidak bisa masuk ke SIMKOPDES, muncul pesan akun belum diverifikasi.",
    thread: [
      [true, "Akun sudah saya ajukan verifikasi ke Dinas. Coba masuk lagi besok pagi."],
      [false, "Terima kasih, sekarang sudah bisa masuk."],
    ],
    rating: 5,
  },
  {
    coop: 16,
    category: "BUSINESS",
    status: "OPEN",
    ageHours: 5,
    text: "Kami ingin membuka unit logistik untuk mengangkut hasil kebun warga ke Tanjung Selor. Apakah ada contoh rencana usahanya?",
  },
  {
    coop: 10,
    category: "FINANCING",
    status: "ESCALATED",
    ageHours: 30,
    text: "Pencairan dana pinjaman untuk simpan pinjam belum masuk ke rekening koperasi sejak dua minggu. Ke mana kami harus bertanya?",
  },
];
