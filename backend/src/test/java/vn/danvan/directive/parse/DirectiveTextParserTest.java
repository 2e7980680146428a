package vn.danvan.directive.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.danvan.directive.DirectiveType;
import vn.danvan.directive.NumberStyle;
import vn.danvan.directive.parse.DirectiveDraft.Citation;
import vn.danvan.directive.parse.DirectiveDraft.ProposedTask;

/** The parser on the five real source documents (test resources, copied from shared/documents) and on our own. */
class DirectiveTextParserTest {

    private final DirectiveTextParser parser = new DirectiveTextParser();

    private DirectiveDraft parseDocument(String name) throws IOException {
        return parser.parse(Files.readString(Path.of("src/test/resources/documents", name), StandardCharsets.UTF_8));
    }

    private static List<String> citedNumbers(DirectiveDraft d) {
        return d.citations().stream().map(c -> c.number().normalized()).toList();
    }

    private static Citation cited(DirectiveDraft d, String normalizedNumber) {
        return d.citations().stream().filter(c -> c.number().normalized().equals(normalizedNumber)).findFirst()
                .orElseThrow(() -> new AssertionError(normalizedNumber + " not cited in " + citedNumbers(d)));
    }

    @Test
    void letter70CvTuOfKienGiang() throws IOException {
        DirectiveDraft d = parseDocument("2021-02-02_tinh-uy-kien-giang_70-CV-TU_dan-van-kheo-2021-2025.txt");
        assertEquals(DirectiveType.OFFICIAL_LETTER, d.type());
        assertEquals("Số 70 -CV/TU", d.number().text());
        assertEquals("70-CV/TU", d.number().normalized());
        assertEquals("Tỉnh ủy Kiên Giang", d.issuer());
        assertEquals(LocalDate.of(2021, 2, 2), d.issueDate());
        assertEquals("Kiên Giang", d.place());
        assertEquals("Tiếp tục triển khai, thực hiện phong trào thi đua “Dân vận khéo”, giai đoạn 2021-2025",
                d.subject());
        assertEquals("Mai Văn Huỳnh", d.signer());
        assertNull(d.signingCapacity(), "the text has no T/M or K/T line");
        assertEquals(List.of("Các đồng chí Tỉnh ủy viên", "Ban cán sự đảng Ủy ban nhân dân tỉnh",
                "Lãnh đạo các ban, ngành, đoàn thể chính trị-xã hội, hội quần chúng cấp tỉnh",
                "Ban thường vụ các huyện, thành ủy, đảng ủy trực thuộc"), d.recipients());
        assertEquals(2021, d.periodFrom());
        assertEquals(2025, d.periodTo());
        assertEquals(LocalDate.of(2019, 1, 7), cited(d, "43-KL/TW").issueDate());
        assertEquals(DirectiveType.CONCLUSION, cited(d, "43-KL/TW").type());
        assertEquals(LocalDate.of(2013, 6, 3), cited(d, "25-NQ/TW").issueDate());
        assertEquals(List.of(1, 2, 3, 4, 5), d.proposedTasks().stream().map(ProposedTask::ordinal).toList());
        assertEquals(List.of("Các cấp ủy", "tổ chức đảng", "thủ trưởng các cơ quan", "đơn vị"),
                d.proposedTasks().get(0).addressees());
        ProposedTask monitoring = d.proposedTasks().get(4);
        assertEquals("Ban Dân vận Tỉnh ủy", monitoring.lead());
        assertEquals(List.of("các cơ quan liên quan"), monitoring.coordinating());
        assertEquals(List.of("signingCapacity"), d.missing());
    }

    @Test
    void newsArticleAboutLetter632CvTu() throws IOException {
        DirectiveDraft d = parseDocument("2022-11-23_tinh-uy-kien-giang_632-CV-TU_cuoc-van-dong-nong-thon-moi.txt");
        assertEquals(DirectiveType.OFFICIAL_LETTER, d.type());
        assertEquals("632-CV/TU", d.number().text());
        assertEquals("Tỉnh ủy Kiên Giang", d.issuer());
        assertEquals(LocalDate.of(2022, 11, 23), d.issueDate());
        assertEquals("Về việc lãnh đạo tiếp tục thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới,"
                + " đô thị văn minh”", d.subject());
        assertNull(d.place());
        assertNull(d.signer(), "the last line of an article is its author, not a signer");
        assertTrue(d.recipients().isEmpty());
        assertNull(d.periodFrom(), "the periods in the body belong to other programmes");
        assertEquals(List.of("10-CT/TW", "88/NQLT-CP-ĐCTUBTWMTTQVN", "25/TTR-MTTW-BTT"), citedNumbers(d));
        assertEquals(LocalDate.of(2016, 12, 15), cited(d, "10-CT/TW").issueDate());
        assertEquals(DirectiveType.JOINT_RESOLUTION, cited(d, "88/NQLT-CP-ĐCTUBTWMTTQVN").type());
        assertEquals(10, d.proposedTasks().size());
        assertEquals(List.of("Các cấp ủy", "tổ chức đảng"), d.proposedTasks().get(0).addressees());
        ProposedTask last = d.proposedTasks().get(9);
        assertEquals("Ban Dân vận Tỉnh ủy", last.lead());
        assertEquals(
                List.of("Đảng đoàn Mặt trận Tổ quốc Việt Nam tỉnh", "Văn phòng Tỉnh ủy", "các cơ quan có liên quan"),
                last.coordinating());
        assertEquals("Ban Tuyên giáo Tỉnh ủy", d.proposedTasks().get(8).lead());
        assertEquals(List.of("place", "signer", "signingCapacity", "recipients", "period"), d.missing());
    }

    @Test
    void newsArticleDescribingAProgrammeWithoutNumber() throws IOException {
        DirectiveDraft d = parseDocument("2021-11-17_kien-giang_bai-viet_doi-moi-cong-tac-dan-van.txt");
        assertEquals(DirectiveType.PROGRAMME, d.type());
        assertEquals("Ban Chấp hành Đảng bộ tỉnh", d.issuer());
        assertEquals("Về công tác dân vận", d.subject());
        assertNull(d.number());
        assertNull(d.issueDate(), "17/11/2021 is the day the article was published, not the issue date");
        assertEquals(List.of("1-CTR/BDVTW", "9-CTR/TU"), citedNumbers(d));
        assertTrue(d.proposedTasks().isEmpty());
        assertEquals(List.of("number", "issueDate", "place", "signer", "signingCapacity", "recipients", "period"),
                d.missing());
    }

    @Test
    void directiveOfDonDuongWithoutNumber() throws IOException {
        DirectiveDraft d = parseDocument("huyen-uy-don-duong_chi-thi_khu-dan-cu-kieu-mau-2021-2025.txt");
        assertEquals(DirectiveType.DIRECTIVE, d.type());
        assertNull(d.number());
        assertEquals("Ban Thường vụ Huyện ủy", d.issuer());
        assertEquals("Về lãnh đạo xây dựng, nhân rộng và nâng cao chất lượng khu dân cư kiểu mẫu giai đoạn 2021-2025",
                d.subject());
        assertEquals("Trương Văn Tùng", d.signer());
        assertEquals("T/M Ban Thường vụ — Bí thư", d.signingCapacity());
        assertEquals(2021, d.periodFrom());
        assertEquals(2025, d.periodTo());
        assertEquals(List.of("Thường trực Tỉnh ủy", "Thường trực Huyện ủy, HĐND, UBND và UBMTTQVN huyện",
                "Các cơ quan tham mưu, giúp việc Huyện ủy", "Các cơ quan, ban, ngành, đoàn thể huyện",
                "Các tổ chức cơ sở Đảng"), d.recipients(), "Lưu VPHU is the file copy, not a recipient");
        assertTrue(citedNumbers(d).containsAll(List.of("12-NQ/HU", "10-CT/TW", "16-CT/TU", "13-CT/HU", "3-KH/HU",
                "12/ĐA-MTTQ", "88/2016/NQLT-CP-ĐCTUBTWMTTQVN")), citedNumbers(d).toString());
        assertEquals(LocalDate.of(2019, 4, 12), cited(d, "12-NQ/HU").issueDate());
        assertEquals(5, d.proposedTasks().size());
        assertEquals(List.of("Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh", "Liên đoàn Lao động huyện",
                "Ban Thường vụ Huyện đoàn"), d.proposedTasks().get(3).addressees());
        ProposedTask monitoring = d.proposedTasks().get(4);
        assertEquals("Ban Dân vận Huyện ủy", monitoring.lead());
        assertEquals(List.of("Ban Thường trực Ủy ban MTTQVN huyện", "Văn phòng Huyện ủy", "các cơ quan liên quan"),
                monitoring.coordinating());
        assertEquals(List.of("number", "issueDate", "place"), d.missing());
    }

    @Test
    void provincialDirectiveOnTheCampaign() throws IOException {
        DirectiveDraft d = parseDocument("tinh-uy_chi-thi_lanh-dao-cuoc-van-dong-nong-thon-moi.txt");
        assertEquals(DirectiveType.DIRECTIVE, d.type());
        assertEquals("Ban Thường vụ Tỉnh ủy", d.issuer());
        assertEquals("Về tăng cường sự lãnh đạo của Đảng đối với cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn"
                + " mới, đô thị văn minh”", d.subject());
        assertEquals("Nguyễn Mạnh Hiển", d.signer());
        assertEquals("T/M Ban Thường vụ — Bí thư", d.signingCapacity());
        assertEquals("Ban Bí thư TW Đảng", d.recipients().get(0));
        assertEquals("Các đồng chí Tỉnh ủy viên", d.recipients().get(d.recipients().size() - 1));
        assertEquals(List.of("10-CT/TW"), citedNumbers(d));
        assertEquals(LocalDate.of(2016, 2, 15), cited(d, "10-CT/TW").issueDate(), "as written in this text");
        assertEquals(7, d.proposedTasks().size());
        assertEquals(List.of("Đảng đoàn Ủy ban Mặt trận Tổ quốc tỉnh"), d.proposedTasks().get(1).coordinating());
        assertNull(d.proposedTasks().get(3).lead(), "'vai trò chủ trì' describes a role, it assigns no lead");
        ProposedTask monitoring = d.proposedTasks().get(6);
        assertEquals("Ban Dân vận Tỉnh ủy", monitoring.lead());
        assertEquals(List.of("Đảng đoàn Ủy ban MTTQ tỉnh", "Ban Tuyên giáo Tỉnh ủy", "Văn phòng Tỉnh ủy"),
                monitoring.coordinating());
        assertEquals(List.of("number", "issueDate", "place", "period"), d.missing());
    }

    @Test
    void aPlanWithStateStyleNumberAndDelegatedSignature() {
        String text = """
                ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM
                TỈNH AN GIANG

                Số: 45/KH-MTTQ-BTT
                Về tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025

                An Giang, ngày 05 tháng 9 năm 2025

                KẾ HOẠCH

                Thực hiện Kế hoạch số 23-KH/BTGDVTU ngày 15/8/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh xây dựng kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2025 như sau:

                1. Ủy ban MTTQ Việt Nam các xã, phường chủ trì, phối hợp với chính quyền cùng cấp tổ chức Ngày hội ở 100% khu dân cư trước ngày 18/11/2025.
                2. Các tổ chức thành viên vận động đoàn viên, hội viên tham gia.

                Nơi nhận:
                - Thường trực Tỉnh ủy (b/c),
                - Ủy ban MTTQ Việt Nam các xã, phường;
                - Lưu VT.

                K/T CHỦ TỊCH
                PHÓ CHỦ TỊCH

                Lê Thị Hồng Nhung
                """;
        DirectiveDraft d = parser.parse(text);
        assertEquals(DirectiveType.PLAN, d.type());
        assertEquals(NumberStyle.STATE, d.number().style());
        assertEquals("MTTQ-BTT", d.number().issuerCode());
        assertEquals("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh An Giang", d.issuer());
        assertEquals(LocalDate.of(2025, 9, 5), d.issueDate());
        assertEquals("An Giang", d.place());
        assertEquals("Về tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025", d.subject());
        assertEquals("Lê Thị Hồng Nhung", d.signer());
        assertEquals("K/T Chủ tịch — Phó chủ tịch", d.signingCapacity());
        assertEquals(List.of("Thường trực Tỉnh ủy", "Ủy ban MTTQ Việt Nam các xã, phường"), d.recipients());
        assertEquals(LocalDate.of(2025, 8, 15), cited(d, "23-KH/BTGDVTU").issueDate());
        assertEquals("Ủy ban MTTQ Việt Nam các xã, phường", d.proposedTasks().get(0).lead());
        assertEquals(List.of("chính quyền cùng cấp"), d.proposedTasks().get(0).coordinating());
        assertEquals(List.of("period"), d.missing());
    }

    @Test
    void aBoardUnderItsPartyOrganizationAndASubjectUnderTheHeading() throws IOException {
        // our own: "ĐẢNG BỘ TỈNH AN GIANG / BAN TUYÊN GIÁO VÀ DÂN VẬN" is the board of the Tỉnh ủy; the plan's subject
        // is
        // the line under "KẾ HOẠCH"
        DirectiveDraft d = parser.parse(Files
                .readString(Path.of("src/test/resources/documents", "own-45-KH-BTGDVTU-hoi-thi-dan-van-kheo.txt")));
        assertEquals(DirectiveType.PLAN, d.type());
        assertEquals("Số 45-KH/BTGDVTU", d.number().text());
        assertEquals("Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang", d.issuer());
        assertEquals(LocalDate.of(2026, 11, 10), d.issueDate());
        assertEquals("Tổ chức Hội thi “Dân vận khéo” Thuyền Nhỏ năm 2027", d.subject());
        assertEquals("T/M Ban Tuyên giáo và Dân vận — Phó trưởng ban", d.signingCapacity());
        assertEquals("Nguyễn Văn Bình", d.signer());
        assertEquals(List.of("Thường trực Tỉnh ủy", "Đảng ủy các xã, phường, đặc khu"), d.recipients());
        assertEquals("23-KH/BTGDVTU", d.citations().get(0).number().text());
        assertEquals(LocalDate.of(2026, 3, 2), d.citations().get(0).issueDate());
        assertEquals(2, d.proposedTasks().size());
        assertEquals("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", d.proposedTasks().get(1).lead());
        assertEquals(List.of("các đoàn thể chính trị - xã hội tỉnh"), d.proposedTasks().get(1).coordinating());
        assertEquals(List.of("period"), d.missing());
    }

    @Test
    void decomposedUnicodeReadsTheSameAsComposed() throws IOException {
        String composed = Files.readString(Path.of("src/test/resources/documents",
                "2021-02-02_tinh-uy-kien-giang_70-CV-TU_dan-van-kheo-2021-2025.txt"));
        DirectiveDraft fromNfd = parser.parse(Normalizer.normalize(composed, Normalizer.Form.NFD));
        assertEquals("Tỉnh ủy Kiên Giang", fromNfd.issuer());
        assertEquals("Mai Văn Huỳnh", fromNfd.signer());
        assertEquals(LocalDate.of(2021, 2, 2), fromNfd.issueDate());
    }

    @Test
    void textWithNothingToReadInventsNothing() {
        DirectiveDraft d = parser.parse("Hôm nay trời đẹp. Bà con đi chợ sớm.");
        assertNull(d.type());
        assertNull(d.number());
        assertNull(d.issuer());
        assertTrue(d.citations().isEmpty());
        assertTrue(d.proposedTasks().isEmpty());
        assertEquals(List.of("type", "number", "issuer", "issueDate", "place", "subject", "signer", "signingCapacity",
                "recipients", "period"), d.missing());
        assertEquals(d.missing(), parser.parse("").missing());
        assertEquals(d.missing(), parser.parse(null).missing());
    }

    // the faults named in issue 10

    @Test
    void aNewsArticleReportingOnADirectiveDescribesTheDirective() {
        DirectiveDraft d = parser.parse("""
                Châu Thành: dân vận ở cơ sở chuyển biến rõ nét

                Thực hiện Chỉ thị số 15-CT/HU, ngày 05/6/2022 của Ban Thường vụ Huyện ủy Châu Thành về tăng cường \
                sự lãnh đạo của Đảng đối với công tác dân vận ở cơ sở, đến nay các cấp ủy, chính quyền trong huyện \
                đã xây dựng 126 mô hình “Dân vận khéo”.

                Minh Khang
                """);
        assertEquals(DirectiveType.DIRECTIVE, d.type());
        assertEquals("15-CT/HU", d.number().normalized());
        assertEquals(LocalDate.of(2022, 6, 5), d.issueDate());
        assertEquals("Ban Thường vụ Huyện ủy Châu Thành", d.issuer());
        assertEquals("Về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận ở cơ sở", d.subject());
        assertNull(d.signer(), "an article's last line is its author");
        assertTrue(d.citations().isEmpty(), "the directive the article reports on is not a citation of itself");
    }

    @Test
    void aBodysNameEndsWhereItsVerbPhraseBegins() {
        DirectiveDraft d = parser.parse("""
                Ban Thường trực đề nghị:

                1. Ủy ban Mặt trận Tổ quốc Việt Nam các xã chủ trì, phối hợp với Hội Nông dân, Hội Liên hiệp Phụ nữ, \
                Đoàn Thanh niên hướng dẫn các ấp nhân rộng mô hình.
                2. Văn phòng HĐND và UBND xã chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam xã bố trí kinh phí.
                """);
        assertEquals("Ủy ban Mặt trận Tổ quốc Việt Nam các xã", d.proposedTasks().get(0).lead());
        assertEquals(List.of("Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Đoàn Thanh niên"),
                d.proposedTasks().get(0).coordinating());
        assertEquals(List.of("Ủy ban Mặt trận Tổ quốc Việt Nam xã"), d.proposedTasks().get(1).coordinating());
    }

    @Test
    void aStateSigningBlockIsReadOneLineAtATime() {
        DirectiveDraft d = parser.parse("""
                Nơi nhận:
                - Như trên;
                - Lưu: VT.

                TM. ỦY BAN NHÂN DÂN
                KT. CHỦ TỊCH
                PHÓ CHỦ TỊCH

                Trần Thanh Phong
                """);
        assertEquals("TM. Ủy ban nhân dân — KT. Chủ tịch — Phó chủ tịch", d.signingCapacity());
        assertEquals("Trần Thanh Phong", d.signer());
    }

    @Test
    void aStateHeaderPastedAsTwoColumnsSideBySide() {
        for (String gap : List.of("\t", "\t\t", "          ")) {
            DirectiveDraft d = parser
                    .parse(String.join("\n", "ỦY BAN NHÂN DÂN" + gap + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                            "TỈNH AN GIANG" + gap + "Độc lập - Tự do - Hạnh phúc",
                            "Số: 123/KH-UBND" + gap + "An Giang, ngày 12 tháng 3 năm 2026", "", "KẾ HOẠCH",
                            "Triển khai phong trào thi đua “Dân vận khéo” năm 2026", ""));
            assertEquals("123/KH-UBND", d.number().normalized(), "gap «" + gap + "»");
            assertEquals(LocalDate.of(2026, 3, 12), d.issueDate());
            assertEquals("An Giang", d.place());
            assertEquals("Ủy ban nhân dân tỉnh An Giang", d.issuer());
            assertEquals("Triển khai phong trào thi đua “Dân vận khéo” năm 2026", d.subject());
            assertEquals(DirectiveType.PLAN, d.type());
        }
    }

    @Test
    void aTextWithoutDiacriticsOrInCapitalsReadsTheSame() {
        String text = """
                TINH UY AN GIANG
                *
                So 04-CT/TU
                DANG CONG SAN VIET NAM
                An Giang, ngay 02 thang 10 nam 2025

                CHI THI
                ve cong tac dan van

                1. Giao Ban Tuyen giao va Dan van Tinh uy chu tri, phoi hop voi Van phong Tinh uy theo doi viec thuc hien.

                T/M BAN THUONG VU
                BI THU

                Nguyen Thanh Nhan
                """;
        for (String variant : List.of(text, text.toUpperCase(java.util.Locale.ROOT))) {
            DirectiveDraft d = parser.parse(variant);
            assertEquals(DirectiveType.DIRECTIVE, d.type());
            assertEquals("4-CT/TU", d.number().normalized());
            assertEquals(LocalDate.of(2025, 10, 2), d.issueDate());
            assertEquals("tinh uy an giang", d.issuer().toLowerCase(java.util.Locale.ROOT));
            assertEquals("ban tuyen giao va dan van tinh uy",
                    d.proposedTasks().get(0).lead().toLowerCase(java.util.Locale.ROOT));
            assertEquals("nguyen thanh nhan", d.signer().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
