/*
 * Citations and named references in Vietnamese document text. CitationExtractor lexes only the
 * regions of a document that can hold a citation (around number/symbol shapes and name words) and
 * enters the parser at each anchor through citationEntry or namedEntry, so the text between
 * citations is never parsed at all.
 */
parser grammar CitationParser;

// The semantic predicates' Java lives in CitationParserBase (src/main/java), not in the grammar.
options { tokenVocab = CitationLexer; superClass = CitationParserBase; }


// Entry points. The tail ".*? EOF" stands for whatever text follows, so that prediction inside a
// citation knows it may end anywhere ("…, ngày càng" is not a date clause, "và Công nghệ" is not the
// next citation); the action records the reference and skips to the end, so the tail is never
// actually parsed.
citationEntry
    : citationGroup { complete($citationGroup.ctx); } .*? EOF
    ;

namedEntry
    : namedReference { complete($namedReference.ctx); } .*? EOF
    ;

titledEntry
    : titledGroup { complete($titledGroup.ctx); } .*? EOF
    ;

// "Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15 và Luật Đường bộ số 35/2024/QH15 ngày
// 27/6/2024": titled citations share a date like plain ones.
titledGroup
    : titledCitation ( groupJoin ( citation | titledCitation ) )*
    ;

ellipsisEntry
    : ellipsis { complete($ellipsis.ctx); } .*? EOF
    ;

// A number with no type word, whose symbol names its type: "ố 09/2019/NĐ-CP ngày …" (a line that lost its start).
bareEntry
    : symbolRef { complete($symbolRef.ctx); } .*? EOF
    ;

// A number that leaves its type word to the citation before it: "các Nghị định của Chính phủ: số
// 88/2024/NĐ-CP ngày 15/7/2024 quy định …; số 101/2024/NĐ-CP ngày 29/7/2024 …".
ellipsis
    : KW_SO COLON? symbolRef
    ;

// Citations joined by "và" or a comma share a trailing date and issuer when the earlier ones have
// none: "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị".
citationGroup
    : citation ( groupJoin citation )*
    ;

groupJoin
    : COMMA? KW_VA
    | COMMA
    ;

// One type word may carry several numbers: "các Quyết định số 1211/QĐ-UBND ngày … và số 1212/QĐ-UBND".
citation
    : KW_CAC? docType numberMarker? symbolRef ( listJoin numberMarker? symbolRef )*
    | TYPE_ABBR numberMarker? symbolRef
    ;

// A type word with a name between it and "số" (entered only where no type word stands right before the
// number, so the common case never looks ahead through a title).
titledCitation
    : docType title KW_SO COLON? symbolRef ( listJoin numberMarker? symbolRef )*
    ;

// Between the numbers that follow one type word: "số 1211/QĐ-UBND, 1212/QĐ-UBND", "…; số 101/2024/NĐ-CP".
listJoin
    : groupJoin
    | SEMI KW_VA?
    ;

// The name between a type word and "số": "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15", "Quy chế
// làm việc số 05-QC/TU", "Chương trình hành động số 27-CTr/TU". A "sở" inside it is a word, the "số"
// before the symbol is not.
title
    : titleWord+
    ;

titleWord
    : nameWord | KW_NAM | KW_VA | KW_VE | COMMA | DASH | COLON
    | {_input.LA(2) != SYMBOL && !(_input.LA(2) == COLON && _input.LA(3) == SYMBOL)}? KW_SO
    ;

// "số", "số:", or a ')' that OCR made of it.
numberMarker
    : KW_SO COLON?
    | RPAREN
    ;

// The date may also follow the issuer: "Kết luận số 86-KL/TW của Bộ Chính trị ngày 28/01/2020".
symbolRef
    : SYMBOL ( dateClause issuerClause? | issuerClause dateClause? )?
    ;

dateClause
    : COMMA? KW_NGAY? DATE_NUM
    | COMMA? KW_NGAY NUM KW_THANG NUM KW_NAM NUM
    ;

// "của Thủ tướng Chính phủ", "của Ban Chấp hành Trung ương Đảng khóa XI": the words up to the next
// separator; IssuerResolver matches them against known bodies.
// Predicates sit where ANTLR evaluates them while predicting (the left edge of a decision), so they
// steer the parse instead of failing it.
// Body and place names hold words that are also keywords ("Sở Kế hoạch và Đầu tư", "Lao động - Thương binh
// và Xã hội", "tỉnh Quảng Bình", "Lào Cai", "Cà Mau", "Bà Rịa - Vũng Tàu"): every keyword but those that end
// the clause ("về" opens the subject, "ngày" and "tháng" a date) may be one of its words, and a dash may join
// two of them.
issuerClause
    : {issuerAllowed()}? COMMA? KW_CUA issuerWord ( {!citationAhead()}? DASH? issuerWord )*
    ;

issuerWord
    : WORD | TYPE_ABBR | KW_CHI | KW_THI | KW_QUYET | KW_DINH | KW_NGHI | KW_KE | KW_KET | KW_HOACH | KW_LUAN
    | KW_LUAT | KW_THONG | KW_TU | KW_LIEN | KW_TICH | KW_QUY | KW_CHE | KW_HUONG | KW_DAN | KW_CHUONG
    | KW_PHUONG | KW_TRINH | KW_TRI | KW_AN | KW_DE | KW_DU | KW_BAO | KW_CAO | KW_CONG | KW_VAN | KW_BAN
    | KW_TO | KW_DIEN | KW_BO | KW_BIEN | KW_HOP | KW_DONG | KW_HIEN | KW_PHAP | KW_LENH | KW_SO | KW_NAM
    | KW_CUA | KW_VA | KW_CAC | KW_TAI
    ;

docType
    : KW_CHI KW_THI                     # chiThi
    | KW_QUYET KW_DINH                  # quyetDinh
    | KW_NGHI KW_QUYET                  # nghiQuyet
    | KW_NGHI KW_DINH                   # nghiDinh
    | KW_KE KW_HOACH                    # keHoach
    | KW_KET KW_LUAN                    # ketLuan
    | KW_THONG KW_TU KW_LIEN KW_TICH    # thongTuLienTich
    | KW_THONG KW_TU                    # thongTu
    | KW_THONG KW_BAO                   # thongBao
    | KW_THONG KW_TRI                   # thongTri
    | KW_THONG KW_CAO                   # thongCao
    | KW_QUY KW_DINH                    # quyDinh
    | KW_QUY KW_CHE                     # quyChe
    | KW_HUONG KW_DAN                   # huongDan
    | KW_CHUONG KW_TRINH                # chuongTrinh
    | KW_DE KW_AN                       # deAn
    | KW_DU KW_AN                       # duAn
    | KW_PHUONG KW_AN                   # phuongAn
    | KW_BAO KW_CAO                     # baoCao
    | KW_CONG KW_VAN                    # congVan
    | KW_CONG KW_DIEN                   # congDien
    | KW_TO KW_TRINH                    # toTrinh
    | (KW_BO | KW_DE) KW_LUAT           # boLuat       // "Bộ"; OCR "Bé" lexes as Đề
    | KW_LUAT                           # luat
    | KW_PHAP KW_LENH                   # phapLenh
    | KW_HIEN KW_PHAP                   # hienPhap
    | KW_VAN (KW_BAN | KW_DAN)          # vanBan       // "bản" may lex as "dẫn" (Đ read as B)
    | (KW_BIEN | KW_DIEN) (KW_BAN | KW_DAN)   # bienBan  // "biên" lexes as "điện" (Đ read as B)
    | KW_HOP KW_DONG                    # hopDong
    ;

// References by name, without a symbol: "Luật Thực hiện dân chủ ở cơ sở năm 2022", "Hiến pháp năm
// 2013", "Bộ luật Lao động", "Nghị quyết Trung ương 4 khóa XII", "Nghị quyết Đại hội … của Đảng".
namedReference
    : {nameAllowed()}? KW_HIEN KW_PHAP yearTail?                    # constitution
    // "Luật sửa đổi, bổ sung một số điều của Luật A, Luật B và Luật C năm 2025": one law
    // Only when the name opens with "sửa": "Luật Phổ biến, giáo dục pháp luật ngày …" is one law, its "luật" lower case.
    | {nameAllowed() && amendingName()}? KW_LUAT name COMMA name KW_LUAT name ( (COMMA | KW_VA) KW_LUAT name )* yearTail?   # amendingLaw
    | {nameAllowed()}? KW_BO? KW_LUAT name yearTail?                # law
    | {nameAllowed()}? KW_PHAP KW_LENH name yearTail?               # ordinance
    | {nameAllowed()}? KW_NGHI KW_QUYET name                        # partyResolution
    ;

yearTail
    : KW_NAM NUM
    ;

// "năm" belongs to the name unless a year follows it ("Luật … Việt Nam" / "Luật … năm 2022").
name
    : nameWord ( {!citationAhead()}? nameWord | {_input.LA(2) != NUM}? KW_NAM )*
    ;

nameWord
    : WORD | NUM | KW_THI | KW_TU | KW_TO | KW_CHI | KW_CHE | KW_DAN | KW_HUONG | KW_THONG
    | KW_TRI | KW_DIEN | KW_LIEN | KW_AN | KW_DE | KW_DU | KW_CONG | KW_BAN | KW_CUA | KW_SO
    | KW_TICH | KW_CAO | KW_BAO | KW_TRINH | KW_DINH | KW_HOACH | KW_LUAN | KW_NGAY | KW_THANG
    | KW_VAN | KW_CAC | KW_QUY | KW_KE | KW_KET | KW_PHUONG | KW_CHUONG | KW_BO | KW_PHAP
    | KW_HIEN | KW_NGHI | KW_QUYET | KW_LENH | KW_TAI | KW_BIEN | KW_HOP | KW_DONG
    | ANY                               // OCR debris inside a name: "dân chủ & cơ sở"
    ;
