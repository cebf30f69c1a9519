/** One paper of the sample project: a source file built in memory, with its attributes. */
export interface SamplePaper {
  fileName: string;
  /** The file's text; Markdown or plain text, imported through the real importers. */
  source: string;
  sourceType: string;
  year: number;
  cityPair: string;
}

// Written for Telaah; fictional sample material, not quoted from any publication.
const ARTICLE = `# Kerja Sama Sister City Surabaya–Kitakyushu: Dari Seremoni ke Program Lingkungan

Artikel contoh fiktif untuk berlatih dengan Telaah.

## Abstrak

Artikel ini menelaah bagaimana kerja sama kota kembar antara Surabaya dan Kitakyushu bergeser dari kunjungan seremonial menuju program pengelolaan sampah dan energi. Data berasal dari dokumen resmi pemerintah kota, berita lokal, dan wawancara dengan pejabat dinas. Kami berargumen bahwa keberlanjutan kerja sama lebih ditentukan oleh jejaring staf teknis daripada oleh pergantian kepala daerah.

## Pendahuluan

Sejak awal dekade 2000-an, pemerintah kota di Indonesia semakin aktif menjalin hubungan luar negeri. Undang-undang memberi ruang bagi daerah untuk bekerja sama dengan pihak asing, tetapi setiap perjanjian tetap harus mendapat persetujuan pemerintah pusat. Kerangka ini sering disebut paradiplomasi, yaitu diplomasi yang dijalankan oleh aktor sub-nasional.

Surabaya memandang dirinya sebagai kota pelabuhan yang terbuka dan pekerja keras. Dalam pidato peresmian, wali kota menyebut Kitakyushu sebagai saudara tua yang pernah menghadapi polusi industri dan berhasil bangkit.

## Temuan

### Norma timbal balik

Para pejabat yang kami wawancarai menekankan prinsip saling menguntungkan. Setiap kegiatan harus memberi manfaat bagi kedua kota dan dilaporkan kepada Kementerian Luar Negeri. Seorang kepala bidang menyatakan bahwa kerja sama yang hanya berisi kunjungan pejabat tidak layak dilanjutkan.

### Pertukaran budaya dan pendidikan

Di luar program teknis, kedua kota menyelenggarakan festival budaya tahunan. Pelajar SMA dari Surabaya tinggal bersama keluarga angkat di Kitakyushu selama dua minggu, belajar bahasa Jepang, dan memperkenalkan tari Remo kepada sekolah mitra.

### Hambatan

Hambatan terbesar adalah anggaran. Biaya perjalanan dinas dipangkas setelah pemilihan kepala daerah, dan beberapa nota kesepahaman berakhir tanpa kegiatan. Perbedaan bahasa juga memperlambat penyusunan dokumen teknis, karena setiap draf harus diterjemahkan dua kali.

## Kesimpulan

Kerja sama kota kembar bertahan ketika ada staf teknis yang saling mengenal dan program yang hasilnya terlihat oleh warga, seperti bank sampah dan komposting rumah tangga. Tanpa itu, perjanjian mudah menjadi dokumen yang tersimpan di lemari.
`;

const INTERVIEW = `Interview with an international cooperation officer, Bandung city government

Fictional sample transcript for practising with Telaah. Interviewer: R. Interviewee: P (anonymised). Recorded in March 2023.

R: Could you describe how the partnership with Braunschweig began?

P: It started with a university link, not with the mayors. Lecturers from both cities had worked together on urban transport, and they asked the city to make it formal. So the letter of intent came after people already knew each other.

R: How do you see Bandung's role in that relationship?

P: We present ourselves as a creative city. Design, music, small fashion businesses. When we visit Germany we bring that image, and honestly they are curious about it. We are not only the partner who receives help; we have something to offer.

R: Are there rules you have to follow when you make such an agreement?

P: Many. Every draft goes to the provincial government and then to the Ministry of Foreign Affairs and the Ministry of Home Affairs. We must show that the cooperation does not burden the city budget unfairly and that both sides contribute. Reciprocity is the word they always check.

R: What activities have actually taken place?

P: Student exchanges mostly. Every year around ten students go to Braunschweig for a summer school, and German students join a batik and angklung workshop here. There was also a joint exhibition on old tram lines, which people liked a lot.

R: What has been difficult?

P: Money and continuity. Our travel budget depends on the annual budget debate, so we can never promise anything two years ahead. Then staff rotate; the person who knew the German side moves to another office and the contacts are lost. Sometimes months pass and nobody answers an e-mail.

R: And how do you deal with that?

P: We try to anchor the relationship in institutions rather than persons. We asked the universities to keep a shared contact list, and we now write the activities into the regional medium-term plan so that a new mayor cannot simply drop them.

R: Last question. What does the partnership mean for ordinary residents?

P: For most people, nothing yet, I have to admit. The students and their families feel it. For others it becomes visible only when there is a festival or a park named after the partner city.
`;

const BRIEF = `# Policy Brief: Making City-to-City Cooperation Last

Fictional sample policy brief for practising with Telaah.

## Key points

- Many sister-city agreements signed by Indonesian cities show little activity after the first two years.
- Agreements survive when they are tied to a concrete service, such as waste management, flood control or vocational training.
- Local governments need a small, stable budget line and a named unit responsible for foreign cooperation.

## Background

City-to-city cooperation allows local governments to learn from peers abroad, attract investment and give residents opportunities for exchange. Indonesian law permits such cooperation, provided that agreements respect national foreign policy and are approved by the central government. In practice, approval can take from several months to two years.

## Problems observed

Three problems recur across the cases we reviewed. First, agreements are often signed during ceremonial visits without a work plan. Second, budgets for international activities are cut whenever local priorities change, especially after elections. Third, knowledge of the partnership stays with a few officials and disappears when they are transferred.

Cultural programmes are the most visible part of many partnerships. Festivals, school visits and exhibitions build goodwill, but on their own they rarely persuade councils to keep funding the cooperation.

## Recommendations

1. Attach every new agreement to a three-year work plan with measurable outputs and a shared review each year.
2. Create a permanent budget line for international cooperation, even a small one, so that activities do not depend on yearly negotiation.
3. Record contacts, meeting notes and agreements in one archive that new staff can use.
4. Involve universities, businesses and community groups so that the relationship does not rest on the mayor alone.
5. Report results to residents in plain language, so that the partnership is seen as a public service rather than a travel privilege.

## Conclusion

Cooperation between cities is a modest but useful tool. It works when partners treat each other as equals, agree on what each side contributes, and plan for the day when the people who started it have moved on.
`;

/** The three papers of the sample project, in import order. */
export const SAMPLE_PAPERS: readonly SamplePaper[] = [
  {
    fileName: 'surabaya-kitakyushu-artikel.md',
    source: ARTICLE,
    sourceType: 'journal article',
    year: 2021,
    cityPair: 'Surabaya–Kitakyushu',
  },
  {
    fileName: 'bandung-braunschweig-interview.txt',
    source: INTERVIEW,
    sourceType: 'interview',
    year: 2023,
    cityPair: 'Bandung–Braunschweig',
  },
  {
    fileName: 'city-cooperation-policy-brief.md',
    source: BRIEF,
    sourceType: 'policy brief',
    year: 2022,
    cityPair: 'Indonesia (several)',
  },
];
