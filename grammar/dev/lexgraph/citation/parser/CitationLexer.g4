/*
 * Tokens of Vietnamese legal and administrative text, as seen through FoldedCharStream:
 * diacritics removed, Đ/đ read as D/d, dashes, quotes and spaces unified, case kept.
 * Getting the original characters back is the stream's job (token offsets are those of the source).
 *
 * OCR tolerance lives here: every keyword is written as its consonant skeleton with small vowel
 * classes that include what scanners make of Vietnamese vowels ("Kế" -> K&, K¢é, K€; "số" -> s6, sb,
 * sé, s0; "ngày" -> ngdy; "năm" -> nim, ndm, niam). Keywords are single words; the parser combines
 * them into document types, so a longer ordinary word ("thiết") never turns into a keyword.
 */
lexer grammar CitationLexer;

options { caseInsensitive = true; }

// ---------------------------------------------------------------- numbers, symbols, dates

// 26/11/2021, 26-11-2021, 26.11.2021; a year of five digits is a footnote marker glued to it.
DATE_NUM
    : DIGIT DIGIT? ' '? [/.-] ' '? DIGIT DIGIT? ' '? [/.-] ' '? DIGIT DIGIT DIGIT DIGIT DIGIT?
    ;

// Number and symbol ("số, ký hiệu") in its three families. Spaces and line breaks may sit next to
// separators (scans and careless typing: "2599 /KH-SKHCN", "25- NQ/TW", "08-\nCT/TU"); a spaced
// inner dash is accepted only before an all-capitals code, so "UBND - Sở" does not run on.
SYMBOL options { caseInsensitive = false; }
    : NUMBER GAP? '/' GAP? DIGIT DIGIT DIGIT DIGIT GAP? '/' GAP? CODE CODE_TAIL* ('/' CAPS_CODE CODE_TAIL*)?
                                                             // 04/2015/NĐ-CP, 10/2022/QH15, 05/2009/NQLT/CP-UBTWMTTQVN
    | NUMBER GAP? '/' GAP? CODE CODE_TAIL*                                           // 2488/QĐ-UBND, 1119/SNV-XDCQ
    | NUMBER ' '? '-' GAP? CODE GAP? '/' GAP? CODE CODE_TAIL*                        // 05-CT/TW, 204-KH/BDVTU-BCSĐUBND
    | NUMBER ' '? '-' ('TB' | 'BC' | 'TBKL')                                         // Thông báo số 212-TB (no unit)
    | NUMBER ' ' PARTY_TYPE GAP? '/' GAP? CODE CODE_TAIL*                            // 84 QĐ/TWĐTN: a space for the dash
    ;

NUM : DIGIT+ ;

// ---------------------------------------------------------------- type abbreviations
// Written in capitals before a symbol: "NQ 163/2021/NQ-HĐND", "QĐ số 12/QĐ-UBND". 'DA' is left out:
// it is both Dự án and (OCR'd) Đề án.
TYPE_ABBR options { caseInsensitive = false; }
    : 'NQ' | 'QD' | 'QB' | 'ND' | 'CT' | 'TT' | 'TTLT' | 'KH' | 'KL' | 'TB' | 'BC' | 'CV'
    | 'TTr' | 'HD' | 'QC' | 'QyD' | 'CTr' | 'PA' | 'CD' | 'TC' | 'NQLT' | 'QP'
    ;

// ---------------------------------------------------------------- words of document types
KW_CHI    : 'ch' I ;
KW_THI    : 'th' (I | 'y')? ;              // "thị"; OCR "thj"; "Chi th" cut at a line end
KW_QUYET  : 'qu' [yi]? E+ 't' ;
KW_DINH   : DJ I 'n' [hb] ;                // "định"; OCR "dinb"
KW_NGHI   : 'ngh' I ;
KW_KE     : 'k' E+ ;
KW_KET    : 'k' E+ 't' ;
KW_HOACH  : 'ho' [a&4@e] 'ch' ;          // "hoạch"; OCR "hoéch"
KW_LUAN   : [l1] 'u' A 'n' ;
KW_LUAT   : [l1] U? [ae&4@] 't' ;        // "luật"; OCR "Luét", "1uat" (l read as 1)
KW_THONG  : 'th' O 'ng' ;
KW_TU     : 't' U ;
KW_LIEN   : [l1] 'i' E 'n' ;
KW_TICH   : 't' I 'ch' ;
KW_QUY    : 'quy' ;
KW_CHE    : 'ch' E ;
KW_HUONG  : 'h' U? O 'ng' ;
KW_DAN    : DJ [a&4@i] 'n' ;              // "dẫn"; OCR "din"
KW_CHUONG : 'ch' U O 'ng' ;
KW_PHUONG : 'ph' U O 'ng' ;
KW_TRINH  : 'tr' I 'nh' ;
KW_TRI    : 'tr' I ;
KW_AN     : A 'n' ;
KW_DE     : DJ E ;
KW_DU     : DJ U ;
KW_BAO    : 'b' [ae&4@] O ;                // "báo"; OCR "béo"
KW_CAO    : 'c' A O ;
KW_CONG   : 'c' [o06edb] 'ng' ;           // "công"; OCR "Cdng", "Cbng"
KW_VAN    : 'v' [a&4@ide] 'n' ;            // "văn"; OCR "vin", "vdn", "vén"
KW_BAN    : 'b' A 'n' ;
KW_TO     : 't' [o06e&] O? ;              // "tờ"; OCR "T&", "Téo"
KW_DIEN   : DJ I E 'n' ;
KW_BO     : 'b' O ;
KW_BIEN   : 'bi' E 'n' ;                   // "biên (bản)"
KW_HOP    : 'h' O 'p' ;                    // "hợp (đồng)"
KW_DONG   : DJ O 'ng' ;                    // "(hợp) đồng"
KW_HIEN   : 'h' I E 'n' ;
KW_PHAP   : 'ph' A 'p' ;
KW_LENH   : [l1] E 'nh' ;                 // "lệnh"; OCR "1enh"

// ---------------------------------------------------------------- words that join a citation
KW_SO     : 's' ([o06ebd] '6'?)? ;         // "số": s6 sé sb so s0 sd sé6, or a bare s
KW_NGAY   : 'ng' [a&4@d] 'y' ;             // "ngày"; OCR "ngdy"
KW_THANG  : 'th' [a&4@d] 'ng' ;
KW_NAM    : 'n' ([a&4@id] | 'ia') 'm' ;    // "năm"; OCR nim, ndm, niam
KW_CUA    : 'c' 't'? [uia]+ ;              // "của"; OCR ctia, cia, ciia, cta, caa, ctua
KW_VE     : 'v' E ;                        // "về"
KW_VA     : 'v' [a4@] ;                    // "và"
KW_CAC    : 'c' A 'c' ;                    // "các" (plural before a type)
KW_TAI    : 't' [a4@] 'i' ;                // "tại"

// ---------------------------------------------------------------- everything else
// No digits inside a word: a footnote marker glued to one ("kế hoạch2Kế hoạch") stays a number.
// A word ends where a lower-case letter meets a capital: text copied from web pages glues words
// ("Thực hiệnQuyết định số …", "phê duyệtChương trình …"), and the second one is still a word of its own.
WORD options { caseInsensitive = false; }
    : [A-Z]+ [a-z&@']*
    | [a-z] [a-z&@']*
    | OTHER_LETTER (LETTER | [&@'])*    // what folding leaves outside ASCII (other scripts): as before
    ;
COMMA     : ',' ;
SEMI      : ';' ;
COLON     : ':' ;
DOT       : '.' ;
LPAREN    : '(' | '[' ;
RPAREN    : ')' | ']' ;
QUOTE     : '"' ;
DASH      : '-' ;
SLASH     : '/' ;
WS        : [ \t\n]+ -> skip ;               // offsets keep the layout; the parser never needs it
ANY       : . ;

// ---------------------------------------------------------------- fragments
fragment DIGIT  : [0-9] ;
fragment LETTER : [\p{L}] ;
fragment OTHER_LETTER : [\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\uFFFF] ;
fragment GAP    : ' '* '\n'? ' '* ;        // a space or a line break beside a separator
fragment A      : [a&4@] ;                 // a ă â and their OCR readings
fragment E      : [e&] ;                   // e ê; OCR '&' (TextFolding reads '€', '¢' as '&')
fragment I      : [ijl1y] ;
fragment O      : [o06e] ;                 // o ô ơ; OCR '0', '6', 'é'
fragment U      : [uy] ;                   // u ư; OCR 'y' ("Thyc")
fragment DJ     : [dbp] ;                  // Đ read as D, B or P

fragment CODE options { caseInsensitive = false; }
    : [A-Z0] [A-Za-z0-9&]* ('.' [A-Z] [A-Za-z0-9&]*)* ;   // QĐ, TTg, QĐi, SKH&CN, QH15, NHCS.TH; OCR 0P = QĐ
// A number; OCR reads a leading 1 as l or I ("l234/QĐ-UBND").
// "30c/NQ-CP", "30a/2008/NQ-CP": a letter after the number marks a document added to a series.
fragment NUMBER options { caseInsensitive = false; }
    : [lI]? DIGIT+ [a-e]? ;
fragment CAPS_CODE options { caseInsensitive = false; }
    : [A-Z&] [A-Z0-9&]+ ;
fragment CODE_TAIL options { caseInsensitive = false; }
    : '-' GAP? CODE
    | ' '+ '-' GAP CAPS_CODE                 // "473/TTr -⏎NN&PTNT"
    | ' ' '&' [A-Z0-9&]+                     // "103/BKH-KTĐP &LT": a space typed before the ampersand
    ;
// The type codes of Party documents, the only ones a space may separate from the number ("84 QĐ/TWĐTN"):
// a state symbol always has its slash right after the number.
fragment PARTY_TYPE options { caseInsensitive = false; }
    : 'QD' | 'QDi' | 'NQ' | 'CT' | 'KL' | 'KH' | 'TB' | 'BC' | 'HD' | 'CTr' | 'CTHD' | 'QC' | 'TTr' | 'CV' | 'DA' | 'TT' ;
