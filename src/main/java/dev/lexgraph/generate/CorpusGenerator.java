package dev.lexgraph.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic corpus for scale tests: realistic plans, reports, decisions and directives from central
 * bodies and all 34 provinces over a decade, citing each other along implementation chains (central
 * directive → provincial plan → department plan → report), with replacements and amendments, typed or
 * OCR-damaged. Deterministic: the same seed gives the same files byte for byte.
 */
public final class CorpusGenerator {

    static final String[] PROVINCES = {
        "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An",
        "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên",
        "Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng",
        "Đắk Lắk", "Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang"
    };
    private static final java.util.Set<String> CITIES = java.util.Set.of("Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng",
            "Hồ Chí Minh", "Cần Thơ");

    /** A department: name and symbol code. */
    private record Department(String name, String code) {
    }

    private static final Department[] DEPARTMENTS = {
        new Department("Sở Khoa học và Công nghệ", "SKHCN"), new Department("Sở Nội vụ", "SNV"),
        new Department("Sở Tài chính", "STC"), new Department("Sở Y tế", "SYT"),
        new Department("Sở Giáo dục và Đào tạo", "SGDĐT"), new Department("Sở Tư pháp", "STP"),
        new Department("Sở Xây dựng", "SXD"), new Department("Sở Nông nghiệp và Môi trường", "SNNMT"),
    };

    /**
     * A central issuer: name, the symbol suffix, the types it issues, and its rank in the hierarchy
     * (see {@link Doc#rank}).
     */
    private record Central(String name, String code, boolean party, boolean normative, String[] types, int rank) {
    }

    private static final Central[] CENTRAL = {
        new Central("Thủ tướng Chính phủ", "TTg", false, false, new String[] {"CT", "QĐ"}, 2),
        new Central("Chính phủ", "CP", false, true, new String[] {"NĐ", "NQ"}, 2),
        new Central("Bộ Chính trị", "TW", true, false, new String[] {"CT", "KL", "NQ", "QĐ"}, 0),
        new Central("Ban Bí thư", "TW", true, false, new String[] {"KL", "CT"}, 0),
        new Central("Bộ Nội vụ", "BNV", false, true, new String[] {"TT"}, 3),
        new Central("Bộ Khoa học và Công nghệ", "BKHCN", false, false, new String[] {"KH", "QĐ"}, 3),
    };

    /** Ranks of provincial documents: the province's people's committee, its departments, reports. */
    private static final int PROVINCE_RANK = 5;
    private static final int DEPARTMENT_RANK = 6;
    private static final int REPORT_RANK = 7;
    private static final int RANKS = 8;

    private static final String[][] TYPE_NAMES = {
        {"CT", "Chỉ thị"}, {"QĐ", "Quyết định"}, {"NĐ", "Nghị định"}, {"NQ", "Nghị quyết"}, {"KL", "Kết luận"},
        {"TT", "Thông tư"}, {"KH", "Kế hoạch"}, {"BC", "Báo cáo"}, {"HD", "Hướng dẫn"}, {"TB", "Thông báo"},
        {"CTr", "Chương trình"}, {"ĐA", "Đề án"},
    };

    private static final String[] SUBJECTS = {
        "tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước",
        "thực hiện dân chủ ở cơ sở", "đẩy mạnh cải cách hành chính giai đoạn 2021 - 2030",
        "phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
        "nâng cao hiệu quả công tác tiếp công dân, giải quyết khiếu nại, tố cáo",
        "thực hành tiết kiệm, chống lãng phí", "bảo đảm trật tự, an toàn giao thông",
        "phòng, chống thiên tai và tìm kiếm cứu nạn", "xây dựng chính quyền điện tử, chính quyền số",
        "nâng cao chất lượng nguồn nhân lực",
    };

    /**
     * One generated document, as later ones cite it. {@code rank} is its place in the hierarchy, the
     * Party centre 0, the Government 2, ministries 3, a province's people's committee 5, its departments 6,
     * reports 7: a document implements or is based on documents of a higher place only, as real chains run
     * (central directive → provincial plan → department plan → report); it may cite any earlier one.
     */
    record Doc(String typeName, String symbol, int day, int month, int year, String issuer, int province, int rank) {
        String date() {
            return day + "/" + month + "/" + year;
        }
    }

    private final Random random;
    private final int expected;
    private final double ocrShare;
    private final List<Doc> central = new ArrayList<>();
    private final List<List<Doc>> provincial = new ArrayList<>();
    /** The same documents by rank: central ones in [rank], a province's in [province][rank]. */
    private final List<List<Doc>> centralByRank = new ArrayList<>();
    private final List<List<List<Doc>>> provincialByRank = new ArrayList<>();
    private int counter;

    public CorpusGenerator(long seed, double ocrShare, int expected) {
        this.expected = Math.max(1, expected);
        this.random = new Random(seed);
        this.ocrShare = ocrShare;
        for (int r = 0; r < RANKS; r++) {
            centralByRank.add(new ArrayList<>());
        }
        for (int i = 0; i < PROVINCES.length; i++) {
            provincial.add(new ArrayList<>());
            List<List<Doc>> byRank = new ArrayList<>();
            for (int r = 0; r < RANKS; r++) {
                byRank.add(new ArrayList<>());
            }
            provincialByRank.add(byRank);
        }
    }

    /** Writes {@code n} documents as NNNNNN.txt under {@code out}/NNN/ and returns how many bytes. */
    public long write(int n, Path out) throws IOException {
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            String text = next();
            Path dir = out.resolve(String.format("%03d", i / 1000));
            if (i % 1000 == 0) {
                Files.createDirectories(dir);
            }
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(String.format("%06d.txt", i)), b);
            bytes += b.length;
        }
        return bytes;
    }

    /** The next document's text. */
    public String next() {
        counter++;
        // A twentieth of documents are central; the rest provincial, spread over all provinces.
        if (central.size() < 20 || random.nextInt(20) == 0) {
            return centralDocument();
        }
        return provincialDocument(random.nextInt(PROVINCES.length));
    }

    private String centralDocument() {
        Central c = CENTRAL[random.nextInt(CENTRAL.length)];
        String type = c.types()[random.nextInt(c.types().length)];
        int year = year();
        int number = 1 + random.nextInt(c.party() ? 150 : 400);
        String symbol = c.party() ? number + "-" + type + "/" + c.code()
                : c.normative() ? String.format("%02d/%d/%s-%s", number, year, type, c.code())
                : number + "/" + type + "-" + c.code();
        Doc d = new Doc(typeName(type), symbol, 1 + random.nextInt(28), 1 + random.nextInt(12), year, c.name(), -1,
                c.rank());
        StringBuilder t = new StringBuilder();
        t.append(c.name().toUpperCase()).append("        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n");
        t.append("                              Độc lập - Tự do - Hạnh phúc\n");
        t.append("Số: ").append(symbol).append("            Hà Nội, ngày ").append(d.day()).append(" tháng ")
                .append(d.month()).append(" năm ").append(year).append("\n\n");
        t.append(d.typeName().toUpperCase()).append('\n').append("Về ").append(subject()).append("\n\n");
        body(t, d, 8 + random.nextInt(8));
        central.add(d);
        centralByRank.get(d.rank()).add(d);
        return finish(t.toString());
    }

    private String provincialDocument(int p) {
        String province = PROVINCES[p];
        boolean department = random.nextInt(3) > 0;
        Department dep = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
        String[] types = {"KH", "BC", "KH", "BC", "QĐ", "HD", "TB", "CTr"};
        String type = types[random.nextInt(types.length)];
        int year = year();
        int number = 1 + random.nextInt(3000);
        String issuerCode = department ? dep.code() : "UBND";
        String symbol = number + "/" + type + "-" + issuerCode;
        String unit = (CITIES.contains(province) ? "thành phố " : "tỉnh ") + province;
        String issuer = department ? dep.name() + " " + unit : "UBND " + unit;
        int rank = type.equals("BC") || type.equals("TB") ? REPORT_RANK : department ? DEPARTMENT_RANK : PROVINCE_RANK;
        Doc d = new Doc(typeName(type), symbol, 1 + random.nextInt(28), 1 + random.nextInt(12), year, issuer, p, rank);
        StringBuilder t = new StringBuilder();
        t.append("UBND ").append(unit.toUpperCase()).append("        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n");
        t.append(department ? dep.name().toUpperCase() : "").append("                 Độc lập - Tự do - Hạnh phúc\n");
        t.append("Số: ").append(symbol).append("            ").append(province).append(", ngày ").append(d.day())
                .append(" tháng ").append(d.month()).append(" năm ").append(year).append("\n\n");
        String title = subject();
        t.append(d.typeName().toUpperCase()).append('\n').append(title.substring(0, 1).toUpperCase())
                .append(title.substring(1)).append(" năm ").append(year).append("\n\n");
        body(t, d, 18 + random.nextInt(14));
        t.append("\nNơi nhận:\n- UBND ").append(unit).append(";\n- Các phòng, đơn vị;\n- Lưu: VT.\n\n")
                .append("GIÁM ĐỐC\n\nNguyễn Văn ").append((char) ('A' + random.nextInt(26))).append("n\n");
        provincial.get(p).add(d);
        provincialByRank.get(p).get(rank).add(d);
        return finish(t.toString());
    }

    /**
     * Paragraphs with {@code citations} citations of earlier documents, central and of the same province.
     * About half the paragraphs implement or rest on documents above the citing one; the others cite
     * earlier documents of any rank ("theo quy định tại …"), as the sample documents do.
     */
    private void body(StringBuilder t, Doc citing, int citations) {
        String[] chaining = {"Thực hiện ", "Căn cứ ", "Triển khai thực hiện ", "Tiếp tục quán triệt, thực hiện ",
            "Theo đề nghị của Sở Nội vụ tại ", "Thực hiện nghiêm "};
        String[] citingOnly = {"theo ", "Các nội dung theo quy định tại ", "Đơn vị đã ban hành "};
        int written = 0;
        while (written < citations) {
            boolean chain = citing.rank() > 0 && random.nextBoolean();
            t.append(chain ? chaining[random.nextInt(chaining.length)] : citingOnly[random.nextInt(citingOnly.length)]);
            int inList = 1 + random.nextInt(3);
            for (int k = 0; k < inList && written < citations; k++, written++) {
                Doc cited = chain ? pickAbove(citing) : pick(citing.province());
                if (cited == null) {
                    t.append("các văn bản có liên quan");
                    written = citations; // nothing to cite yet: the first documents of the corpus
                    break;
                }
                if (k > 0) {
                    t.append(random.nextBoolean() ? "; " : " và ");
                }
                t.append(cited.typeName()).append(random.nextInt(6) == 0 ? " " : " số ").append(cited.symbol());
                if (random.nextInt(8) > 0) {
                    t.append(random.nextInt(3) == 0 ? ", ngày " : " ngày ");
                    t.append(random.nextInt(4) == 0 ? cited.day() + " tháng " + cited.month() + " năm " + cited.year()
                            : cited.date());
                }
                t.append(" của ").append(cited.issuer());
                if (random.nextInt(3) == 0) {
                    t.append(" về ").append(subject());
                }
                if (random.nextInt(12) == 0) {
                    Supersession s = predecessor(cited);
                    if (s != null) {
                        t.append(s.replaces() ? " thay thế " : " sửa đổi, bổ sung một số điều của ")
                                .append(s.older().typeName()).append(" số ").append(s.older().symbol())
                                .append(" ngày ").append(s.older().date());
                        written++;
                    }
                }
            }
            t.append(random.nextBoolean() ? ", Sở ban hành kế hoạch triển khai với các nội dung sau.\n\n"
                    : "; cơ quan, đơn vị tổ chức thực hiện nghiêm túc, hiệu quả, bảo đảm tiến độ đề ra.\n\n");
            if (random.nextInt(3) == 0) {
                t.append("Các phòng, đơn vị chủ động phối hợp, tổng hợp kết quả, báo cáo định kỳ hằng quý; "
                        + "kịp thời đề xuất giải quyết những khó khăn, vướng mắc phát sinh trong quá trình triển khai.\n\n");
            }
        }
    }

    /** What a document replaces or amends: an earlier one of its issuer and type. */
    private record Supersession(Doc older, boolean replaces) {
    }

    private final java.util.Map<Doc, Supersession> predecessors = new java.util.HashMap<>();
    private final java.util.Set<Doc> superseded = new java.util.HashSet<>();

    /**
     * The earlier document of the same issuer and type that {@code newer} replaces or amends, the same
     * every time it is cited, and each document replaced or amended by one document only; null when there is none.
     */
    private Supersession predecessor(Doc newer) {
        Supersession known = predecessors.get(newer);
        if (known != null || predecessors.containsKey(newer)) {
            return known;
        }
        List<Doc> pool = newer.province() < 0 ? central : provincial.get(newer.province());
        Supersession found = null;
        for (int i = pool.size() - 1; i >= 0; i--) {
            Doc d = pool.get(i);
            if (d != newer && d.year() < newer.year() && d.issuer().equals(newer.issuer())
                    && d.typeName().equals(newer.typeName()) && !superseded.contains(d)) {
                found = new Supersession(d, random.nextBoolean());
                superseded.add(d);
                break;
            }
        }
        predecessors.put(newer, found);
        return found;
    }

    /** An earlier document of the same province or a central one, any rank. */
    private Doc pick(int province) {
        boolean local = province >= 0 && !provincial.get(province).isEmpty() && random.nextInt(5) < 3;
        return recent(local ? provincial.get(province) : central);
    }

    /**
     * An earlier document ranked above {@code citing}: of its province (three times in five) or central;
     * null when there is none yet (the first documents of the corpus).
     */
    private Doc pickAbove(Doc citing) {
        List<List<Doc>> pools = new ArrayList<>();
        if (citing.province() >= 0 && random.nextInt(5) < 3) {
            for (int r = 0; r < citing.rank(); r++) {
                if (!provincialByRank.get(citing.province()).get(r).isEmpty()) {
                    pools.add(provincialByRank.get(citing.province()).get(r));
                }
            }
        }
        if (pools.isEmpty()) {
            for (int r = 0; r < citing.rank(); r++) {
                if (!centralByRank.get(r).isEmpty()) {
                    pools.add(centralByRank.get(r));
                }
            }
        }
        return pools.isEmpty() ? null : recent(pools.get(random.nextInt(pools.size())));
    }

    /** One of the pool's documents, recent ones more often: implementation chains run forward in time. */
    private Doc recent(List<Doc> pool) {
        if (pool.isEmpty()) {
            return null;
        }
        int n = pool.size();
        int back = Math.min(n - 1, (int) Math.abs(random.nextGaussian() * Math.min(n, 200)));
        return pool.get(n - 1 - back);
    }

    /** Time runs forward through the corpus (2015 to 2025), so documents cite earlier ones. */
    private int year() {
        return 2015 + (int) Math.min(10, (long) counter * 11 / expected);
    }

    private String subject() {
        return SUBJECTS[random.nextInt(SUBJECTS.length)];
    }

    private static String typeName(String code) {
        for (String[] t : TYPE_NAMES) {
            if (t[0].equals(code)) {
                return t[1];
            }
        }
        return "Văn bản";
    }

    /** Some documents arrive as OCR output: diacritics lost, "số" as s6, Đ read as B in symbols. */
    private String finish(String text) {
        if (random.nextDouble() >= ocrShare) {
            return text;
        }
        String damaged = text.replace("số ", random.nextBoolean() ? "s6 " : "sb ").replace("QĐ-", "QB-")
                .replace("NĐ-", "NB-").replace("HĐND", "HDPND");
        String stripped = Normalizer.normalize(damaged, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.replace('đ', 'd').replace('Đ', 'D');
    }
}
