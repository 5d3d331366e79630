package dev.lexgraph.citation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The document's own header: what it is, who issued it, where and when.
 *
 * @param type          the document's type (from the title line, e.g. "KẾ HOẠCH")
 * @param symbol        its canonical number and symbol, or null for a draft ("Số: /BC-…")
 * @param symbolAsWritten the "Số:" line's symbol as written, empty number included
 * @param number        its number, or null
 * @param date          ISO date of issue, or null when missing, partial or impossible
 * @param dateAsWritten the date as written ("ngày 30 tháng 5 năm 2025")
 * @param place         place of issue ("Quảng Ngãi")
 * @param province      the province the issuing body belongs to, from the header or the text
 * @param issuer        issuing body ("Sở Khoa học và Công nghệ tỉnh Quảng Ngãi")
 * @param parentBody    the body above it in the header ("UBND tỉnh Quảng Ngãi")
 * @param title         the title under the type line
 * @param signer        the person who signs
 * @param recipients    lines under "Nơi nhận"
 * @param implemented   ({@code implements} in JSON, as in the gold files) the canonical symbols of the citations that state its purpose (see {@link Citation#purpose()}),
 *                      what it was issued to carry out
 * @param effective     ISO date it takes effect, as its own closing article says ("… này có hiệu lực kể từ ngày
 *                      ký"), or null
 */
public record DocumentHeader(
        DocType type,
        String symbol,
        String symbolAsWritten,
        String number,
        String date,
        String dateAsWritten,
        String place,
        String province,
        String issuer,
        String parentBody,
        String title,
        String signer,
        List<String> recipients,
        @JsonProperty("implements") List<String> implemented,
        String effective) {

    public DocumentHeader(DocType type, String symbol, String symbolAsWritten, String number, String date,
                          String dateAsWritten, String place, String province, String issuer, String parentBody,
                          String title, String signer, List<String> recipients, List<String> implemented) {
        this(type, symbol, symbolAsWritten, number, date, dateAsWritten, place, province, issuer, parentBody, title,
                signer, recipients, implemented, null);
    }

    DocumentHeader withImplements(List<String> symbols) {
        return new DocumentHeader(type, symbol, symbolAsWritten, number, date, dateAsWritten, place, province, issuer,
                parentBody, title, signer, recipients, List.copyOf(symbols), effective);
    }

    DocumentHeader withEffective(String day) {
        return new DocumentHeader(type, symbol, symbolAsWritten, number, date, dateAsWritten, place, province, issuer,
                parentBody, title, signer, recipients, implemented, day);
    }
}
